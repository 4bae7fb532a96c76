import type { ThemeConfig } from 'antd';

/**
 * antd's defaults made readable (WCAG AA on white): its primary blue (#1677ff, 4.2:1 under white text) and its hover
 * shade, its grey for secondary text, labels and hints (45% black, 2.8:1) and its red for errors and danger (3.3:1).
 */
export const THEME: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9',
    colorPrimaryHover: '#003eb3',
    colorLink: '#0958d9',
    colorLinkHover: '#003eb3',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorError: '#cf1322',
  },
};
