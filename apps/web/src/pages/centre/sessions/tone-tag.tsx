import type { ReactNode } from 'react';
import { ReadableTag, type TagTone } from '../../../components/readable-tag';

export type Tone = Exclude<TagTone, 'grey' | 'cyan'> | 'plain';

export function ToneTag({ tone, children }: { tone: Tone; children: ReactNode }) {
  return <ReadableTag tone={tone === 'plain' ? 'grey' : tone}>{children}</ReadableTag>;
}

/** A note in a table's empty state, in a colour that passes WCAG AA (antd's is too light). */
export function EmptyNote({ children }: { children: ReactNode }) {
  return <span style={{ color: '#595959' }}>{children}</span>;
}

/** A link inside a sentence is told apart by more than its colour (WCAG 1.4.1). */
export const UNDERLINE = { textDecoration: 'underline' } as const;
