import { useState } from 'react';

/** The moment the page opened: what "now" means for the states it shows (the API's clock decides every action). */
export function useNow(): number {
  const [now] = useState(() => Date.now());
  return now;
}
