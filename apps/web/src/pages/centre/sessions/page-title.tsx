import { Grid, Typography } from 'antd';
import type { ReactNode } from 'react';

/**
 * The page's title (h2; the header holds the h1), with the page's main action beside it. On a phone the menu's
 * open button sits over the content's top left corner, so the title starts after it.
 */
export function PageTitle({ children, extra }: { children: ReactNode; extra?: ReactNode }) {
  const phone = !Grid.useBreakpoint().md;
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 12, marginBottom: 12, paddingLeft: phone ? 40 : 0 }}>
      <Typography.Title level={2} style={{ margin: 0, fontSize: phone ? 22 : undefined }}>
        {children}
      </Typography.Title>
      {extra}
    </div>
  );
}
