import { Tag } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

/**
 * Tag colours that keep WCAG AA contrast at 12 px: antd's presets write light text on a light tint (about 2–3:1);
 * these keep the tints with darker text. The one palette of every page.
 */
export const TAG_TONES = {
  green: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  orange: { color: '#873800', background: '#fff7e6', borderColor: '#ffd591' },
  gold: { color: '#613400', background: '#fffbe6', borderColor: '#ffe58f' },
  red: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  blue: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
  cyan: { color: '#00474f', background: '#e6fffb', borderColor: '#87e8de' },
  grey: { color: '#434343', background: '#fafafa', borderColor: '#d9d9d9' },
} as const satisfies Record<string, CSSProperties>;

export type TagTone = keyof typeof TAG_TONES;

export function ReadableTag({ tone, children, style }: { tone: TagTone; children: ReactNode; style?: CSSProperties }) {
  return <Tag style={{ ...TAG_TONES[tone], ...style }}>{children}</Tag>;
}
