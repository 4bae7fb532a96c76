import { useState } from 'react';
import { serverNow } from '../../../api/server-time';

/** The moment the page opened: what "now" means for the states it shows (the API's clock decides every action). */
export function useNow(): number {
  const [now] = useState(() => serverNow());
  return now;
}
