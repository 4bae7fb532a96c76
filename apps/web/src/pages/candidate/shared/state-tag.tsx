import type { ReactNode } from 'react';
import { ReadableTag } from '../../../components/readable-tag';

export type Tone = 'blue' | 'green' | 'orange' | 'red' | 'grey';

export function StateTag({ tone, children }: { tone: Tone; children: ReactNode }) {
  return (
    <ReadableTag tone={tone} style={{ marginInlineEnd: 0 }}>
      {children}
    </ReadableTag>
  );
}
