/** A table's "nothing here" in readable grey (antd's own is #bfbfbf, 1.8:1 on white). */
export function EmptyText({ children }: { children: React.ReactNode }) {
  return <div style={{ color: '#595959', padding: '16px 0' }}>{children}</div>;
}
