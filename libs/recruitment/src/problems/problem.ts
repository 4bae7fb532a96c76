import type { Bilingual } from '@app/assessment/rules';

/** A configuration or file problem: where (a field path such as `signupWindow.closes`, or `row 3, column quota`) and what. */
export interface ConfigProblem {
  path: string;
  message: Bilingual;
}

export function problem(path: string, zh: string, en: string): ConfigProblem {
  return { path, message: { zh, en } };
}
