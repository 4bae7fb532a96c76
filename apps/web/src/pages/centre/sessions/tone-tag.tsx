import { Tag } from 'antd';
import type { ReactNode } from 'react';

/** antd's preset tag colours fall short of WCAG AA on their tints; these keep the tints with darker text. */
const TONES = {
  green: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  red: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  orange: { color: '#873800', background: '#fff7e6', borderColor: '#ffd591' },
  gold: { color: '#613400', background: '#fffbe6', borderColor: '#ffe58f' },
  blue: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
  plain: { color: '#262626', background: '#fafafa', borderColor: '#d9d9d9' },
} as const;

export type Tone = keyof typeof TONES;

export function ToneTag({ tone, children }: { tone: Tone; children: ReactNode }) {
  return <Tag style={TONES[tone]}>{children}</Tag>;
}

/** A note in a table's empty state, in a colour that passes WCAG AA (antd's is too light). */
export function EmptyNote({ children }: { children: ReactNode }) {
  return <span style={{ color: '#595959' }}>{children}</span>;
}

/** A link inside a sentence is told apart by more than its colour (WCAG 1.4.1). */
export const UNDERLINE = { textDecoration: 'underline' } as const;
