import { useEffect, useState } from 'react';
import { onServerTimeMoved, serverNow } from '../../../api/server-time';

/**
 * The moment the page opened: what "now" means for the states it shows (the API's clock decides every action).
 * Taken again when the platform's clock is first learned after the page drew.
 */
export function useNow(): number {
  const [now, setNow] = useState(() => serverNow());
  useEffect(() => onServerTimeMoved(() => setNow(serverNow())), []);
  return now;
}
