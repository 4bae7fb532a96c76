import { serverNow } from '../api/server-time';
/** Every time the portal shows is Beijing time, whatever the computer's own zone. */
const ZONE = 'Asia/Shanghai';

const dateTime = new Intl.DateTimeFormat('zh-CN', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const dateOnly = new Intl.DateTimeFormat('zh-CN', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** 2025-04-01 09:00 (Beijing time) from an instant the API sent; '—' for none. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const parts = Object.fromEntries(dateTime.formatToParts(new Date(value)).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** 2025-04-01 from an instant, or a calendar date (YYYY-MM-DD) as it is. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const parts = Object.fromEntries(dateOnly.formatToParts(new Date(value)).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** “还有 3 天 4 小时” until an instant, “已过” after it. */
export function countdown(until: string, now: number = serverNow()): string {
  const ms = new Date(until).getTime() - now;
  if (ms <= 0) return '已过';
  const days = Math.floor(ms / 86_400_000);
  const hours = Math.floor((ms % 86_400_000) / 3_600_000);
  const minutes = Math.floor((ms % 3_600_000) / 60_000);
  if (days > 0) return `还有 ${days} 天 ${hours} 小时`;
  if (hours > 0) return `还有 ${hours} 小时 ${minutes} 分钟`;
  return `还有 ${Math.max(minutes, 1)} 分钟`;
}
