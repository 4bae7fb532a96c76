import { serverNow } from '../../../api/server-time';
/**
 * The editor's date and time fields hold Beijing wall-clock time ("2024-02-29T08:00"), whatever the zone of the
 * computer; the API takes instants with an explicit offset. China keeps +08:00 all year (no summer time).
 */
const ZONE = 'Asia/Shanghai';
const OFFSET = '+08:00';

const wallClock = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** "2024-02-29T08:00" (Beijing) from an instant the API sent; '' for none. */
export function toBeijingInput(instant: string | null | undefined): string {
  if (!instant) return '';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return '';
  const parts = Object.fromEntries(wallClock.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The instant the API expects ("2024-02-29T08:00:00+08:00") from a Beijing wall-clock value; '' stays '' for the API to refuse. */
export function fromBeijingInput(value: string | null | undefined): string {
  if (!value) return '';
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? `${value}:00${OFFSET}` : value;
}

/** Today's date in Beijing, "2024-02-29". */
export function beijingToday(now: number = serverNow()): string {
  return toBeijingInput(new Date(now).toISOString()).slice(0, 10);
}
