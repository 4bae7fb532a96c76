import { Grid, Typography } from 'antd';
import type { ReactNode } from 'react';

/**
 * The page's title (h2; the header holds the h1). On a phone the menu's open button sits over the content's top
 * left corner, so the title starts after it.
 */
export function PageTitle({ children }: { children: ReactNode }) {
  const phone = !Grid.useBreakpoint().md;
  return (
    <Typography.Title level={2} style={{ marginTop: 0, paddingLeft: phone ? 40 : 0, fontSize: phone ? 22 : undefined }}>
      {children}
    </Typography.Title>
  );
}
