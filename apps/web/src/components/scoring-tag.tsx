import { Tag } from 'antd';
import type { ReactNode } from 'react';

/** Tag colours whose text keeps WCAG AA contrast at 12 px (antd's green and orange presets fall short). */
export type Tone = 'green' | 'orange' | 'red' | 'blue' | 'gray';

const TONES: Record<Tone, { color: string; background: string; borderColor: string }> = {
  green: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  orange: { color: '#873800', background: '#fff7e6', borderColor: '#ffd591' },
  red: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  blue: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
  gray: { color: '#434343', background: '#fafafa', borderColor: '#d9d9d9' },
};

export function ToneTag({ tone, children, style }: { tone: Tone; children: ReactNode; style?: React.CSSProperties }) {
  return <Tag style={{ ...TONES[tone], ...style }}>{children}</Tag>;
}
