import { Select, type SelectProps } from 'antd';

/**
 * A Select for a required form field. antd's Form gives a required field's control aria-required, and Select
 * puts it on its outer <div> too, where ARIA does not allow it (axe: aria-allowed-attr, critical). The label's
 * mark and the rule's message tell the field is required instead.
 */
export function RequiredSelect<Value = unknown>(props: SelectProps<Value> & { 'aria-required'?: unknown }) {
  const rest: SelectProps<Value> & { 'aria-required'?: unknown } = { ...props };
  delete rest['aria-required'];
  return <Select<Value> {...rest} />;
}
