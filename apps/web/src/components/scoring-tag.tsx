import type { ReactNode } from 'react';
import { ReadableTag } from './readable-tag';

export type Tone = 'green' | 'orange' | 'red' | 'blue' | 'gray';

export function ToneTag({ tone, children, style }: { tone: Tone; children: ReactNode; style?: React.CSSProperties }) {
  return (
    <ReadableTag tone={tone === 'gray' ? 'grey' : tone} style={style}>
      {children}
    </ReadableTag>
  );
}
