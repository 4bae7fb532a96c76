import type { COMMON_ERRORS } from './common-errors';
import type { ErrorCatalogue, ErrorDefinition } from './error-definition';

/**
 * Every library's catalogue, by library. Each library adds its own in its `errors.ts` by module augmentation
 * (`declare module '@app/common/errors' { interface ErrorCatalogues { training: typeof TRAINING_ERRORS } }`),
 * so `ErrorCode` is every catalogue's codes and a misspelt code does not compile.
 */
export interface ErrorCatalogues {
  common: typeof COMMON_ERRORS;
}

/** The codes of a set of catalogues, by library. */
export type CodesOf<T> = { [L in keyof T]: keyof T[L] & string }[keyof T];

/** A code of any library's catalogue. Codes are a public contract: clients match on them, so never rename one. */
export type ErrorCode = CodesOf<ErrorCatalogues>;

/** Merges the libraries' catalogues into one; a code defined by two libraries is refused. */
export function mergeErrorCatalogues<T extends Record<string, ErrorCatalogue>>(byLibrary: T): Readonly<Record<CodesOf<T>, ErrorDefinition>> {
  const merged: Record<string, ErrorDefinition> = {};
  const owner = new Map<string, string>();
  for (const [library, catalogue] of Object.entries(byLibrary)) {
    for (const [code, definition] of Object.entries(catalogue)) {
      const other = owner.get(code);
      if (other !== undefined) throw new Error(`Error code ${code} is defined by both ${other} and ${library}`);
      owner.set(code, library);
      merged[code] = definition;
    }
  }
  return merged as Record<CodesOf<T>, ErrorDefinition>;
}
