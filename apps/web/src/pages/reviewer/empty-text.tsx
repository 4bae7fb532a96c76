/** What an empty table says: antd writes it in its disabled grey (25% black), too faint to read (WCAG AA). */
export function emptyText(message: string) {
  return <div style={{ color: 'rgba(0, 0, 0, 0.62)', padding: '16px 0' }}>{message}</div>;
}
