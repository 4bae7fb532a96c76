import { Tag } from 'antd';
import type { ReactNode } from 'react';

export type Tone = 'success' | 'processing' | 'warning' | 'error' | 'default' | 'cyan';

/**
 * antd's status tags write light text on a light ground (about 2:1); these keep the same hues with text dark
 * enough for WCAG AA (4.5:1 and more).
 */
const TONES: Record<Tone, { color: string; background: string; borderColor: string }> = {
  success: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  processing: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
  warning: { color: '#873800', background: '#fffbe6', borderColor: '#ffe58f' },
  error: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  default: { color: 'rgba(0, 0, 0, 0.88)', background: '#fafafa', borderColor: '#d9d9d9' },
  cyan: { color: '#00474f', background: '#e6fffb', borderColor: '#87e8de' },
};

export function StatusTag({ tone, children }: { tone: Tone; children: ReactNode }) {
  return <Tag style={TONES[tone]}>{children}</Tag>;
}
