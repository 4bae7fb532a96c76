import { formatDateTime } from '../../../format/time';
import { formatClosing } from './time';

const INSTANT = '\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:\\d{2})';

/**
 * The rules write instants as ISO strings and windows as [opens, closes); people read "2024-03-10 24:00".
 * Everything else of the explanation is kept word for word.
 */
export function readableExplanation(text: string): string {
  return text
    .replace(new RegExp(`\\[(${INSTANT}), (${INSTANT})\\)`, 'g'), (_match, opens: string, closes: string) => `${formatDateTime(opens)} 至 ${formatClosing(closes)}`)
    .replace(new RegExp(INSTANT, 'g'), (instant) => formatDateTime(instant));
}
