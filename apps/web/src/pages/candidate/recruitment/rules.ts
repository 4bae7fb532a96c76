import type { Rule } from 'antd/es/form';

/**
 * "Choose one" for a Select: a validator rather than `required`, because antd puts aria-required on the select's
 * wrapper (a plain div, where the attribute is not allowed) when the rule is `required`.
 */
export function chosen(message: string): Rule {
  return { validator: (_rule, value: unknown) => (value === undefined || value === null || value === '' ? Promise.reject(new Error(message)) : Promise.resolve()) };
}
