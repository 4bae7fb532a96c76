import { Tag } from 'antd';
import type { ReactNode } from 'react';

export type Tone = 'blue' | 'green' | 'orange' | 'red' | 'grey';

/** antd's status tags (#52c41a on pale green, …) fall short of WCAG AA contrast; these darker shades pass. */
const TONES: Record<Tone, { color: string; background: string; borderColor: string }> = {
  blue: { color: '#0958d9', background: '#e6f4ff', borderColor: '#91caff' },
  green: { color: '#237804', background: '#f6ffed', borderColor: '#b7eb8f' },
  orange: { color: '#ad4e00', background: '#fff7e6', borderColor: '#ffd591' },
  red: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  grey: { color: '#434343', background: '#fafafa', borderColor: '#d9d9d9' },
};

export function StateTag({ tone, children }: { tone: Tone; children: ReactNode }) {
  return (
    <Tag style={{ ...TONES[tone], marginInlineEnd: 0 }} bordered>
      {children}
    </Tag>
  );
}
