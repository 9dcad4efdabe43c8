import { useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { WuyeDataProvider } from '../dataProvider';

const POLL_MS = 30_000;

/** Every mounted counter; told when something was marked read, so all badges agree at once. */
const counters = new Set<(count?: number) => void>();

/** After marking read: the API's remaining count, or nothing to make the counters ask again. */
export const unreadChanged = (count?: number) => counters.forEach((update) => update(count));

/** Unread notifications of the signed-in staff member: every 30 s, when the window regains focus, and after marking read. */
export function useUnreadCount(enabled: boolean): number | null {
  const dataProvider = useDataProvider<WuyeDataProvider>();
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    // A failed poll keeps the last count; an expired session is handled by the data provider.
    const load = () => void dataProvider.unreadNotificationCount().then((n) => live && setCount(n), () => undefined);
    const update = (n?: number) => (n === undefined ? load() : setCount(n));
    load();
    const timer = window.setInterval(load, POLL_MS);
    window.addEventListener('focus', load);
    counters.add(update);
    return () => {
      live = false;
      window.clearInterval(timer);
      window.removeEventListener('focus', load);
      counters.delete(update);
    };
  }, [enabled, dataProvider]);
  return count;
}
