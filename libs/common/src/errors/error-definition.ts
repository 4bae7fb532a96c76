/** One code's HTTP status and message in Chinese and English; a `{name}` is filled from the error's details. */
export interface ErrorDefinition {
  readonly status: number;
  readonly zh: string;
  readonly en: string;
}

export type ErrorCatalogue = Readonly<Record<string, ErrorDefinition>>;

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
export function errorMessages(code: string): { zh: string; en: string } {
  const definition = registered.get(code);
  return definition ? { zh: definition.zh, en: definition.en } : { zh: code, en: code };
}

function sameDefinition(a: ErrorDefinition, b: ErrorDefinition): boolean {
  return a.status === b.status && a.zh === b.zh && a.en === b.en;
}
