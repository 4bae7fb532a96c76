import type { ReactNode } from 'react';
import { ReadableTag, type TagTone } from '../../components/readable-tag';

export type Tone = 'success' | 'processing' | 'warning' | 'error' | 'default' | 'cyan';

/** antd's status names, in the portal's readable palette. */
const PALETTE: Record<Tone, TagTone> = { success: 'green', processing: 'blue', warning: 'gold', error: 'red', default: 'grey', cyan: 'cyan' };

export function StatusTag({ tone, children }: { tone: Tone; children: ReactNode }) {
  return <ReadableTag tone={PALETTE[tone]}>{children}</ReadableTag>;
}
