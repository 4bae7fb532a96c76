import type { COMMON_ERRORS } from './common-errors';

/** One code's HTTP status and message in Chinese and English; a `{name}` is filled from the error's details. */
export interface ErrorDefinition {
  readonly status: number;
  readonly zh: string;
  readonly en: string;
}

export type ErrorCatalogue = Readonly<Record<string, ErrorDefinition>>;

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

// Filled as each library's errors.ts loads (every app loads them all at start-up), so that common's
// DomainError can carry a code's English text without knowing the libraries above it.
const registered = new Map<string, ErrorDefinition>();

/** Declares a library's catalogue (typed as written) and registers its messages. */
export function defineErrors<const C extends Record<string, ErrorDefinition>>(catalogue: C): C {
  for (const [code, definition] of Object.entries(catalogue)) {
    const known = registered.get(code);
    if (known && !sameDefinition(known, definition)) throw new Error(`Error code ${code} is defined twice`);
    registered.set(code, definition);
  }
  return catalogue;
}

/** A code's messages from its registered catalogue; the code itself if its library's catalogue is not loaded. */
export function errorMessages(code: ErrorCode): { zh: string; en: string } {
  const definition = registered.get(code);
  return definition ? { zh: definition.zh, en: definition.en } : { zh: code, en: code };
}

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

function sameDefinition(a: ErrorDefinition, b: ErrorDefinition): boolean {
  return a.status === b.status && a.zh === b.zh && a.en === b.en;
}
