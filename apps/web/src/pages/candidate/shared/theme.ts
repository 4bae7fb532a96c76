import type { ThemeConfig } from 'antd';

/**
 * antd's secondary greys (labels, hints, empty states, waiting steps: 45 % black) fall short of WCAG AA contrast on
 * white, and so does its error red (#ff4d4f) in a return's reason or a field's error; candidates read dates and
 * reasons in them, so their pages use darker shades. Links inside sentences are underlined, so they are told
 * apart by more than colour.
 */
export const READABLE: ThemeConfig = {
  token: { colorTextSecondary: '#595959', colorTextTertiary: '#595959', colorTextDescription: '#595959', colorError: '#cf1322', linkDecoration: 'underline' },
};
