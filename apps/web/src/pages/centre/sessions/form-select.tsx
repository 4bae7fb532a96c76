import { Select, type SelectProps } from 'antd';

/**
 * A Select inside a required Form.Item. antd puts aria-required on the Select's outer element, whose role does not
 * allow it (axe: aria-allowed-attr); the asterisk and the validation message still say it is required.
 */
export function FormSelect<Value>(props: SelectProps<Value> & { 'aria-required'?: unknown }) {
  const rest = { ...props };
  delete rest['aria-required'];
  return <Select<Value> {...rest} />;
}
