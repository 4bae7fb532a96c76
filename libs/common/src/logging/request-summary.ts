import { maskIdNumbersInText } from './mask-id-numbers';

/** What identifies a request in a log line: no headers (tokens, cookies), no body; ID numbers in the url masked. */
export function requestSummary(req: { id?: unknown; method?: string; url?: string }): Record<string, unknown> {
  return { id: req.id, method: req.method, url: typeof req.url === 'string' ? maskIdNumbersInText(req.url) : req.url };
}
