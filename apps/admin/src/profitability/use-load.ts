import { useCallback, useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { WuyeDataProvider } from '../dataProvider';

export type Loaded<T> = { data?: T; error?: string; loading: boolean; reload: () => void };

/**
 * Loads once per change of `key` (a string of the inputs) and again on `reload()`; a slower
 * earlier answer never overwrites a later one. `load` returning undefined means "nothing to ask
 * yet" (e.g. an incomplete filter).
 */
export function useLoad<T>(key: string, load: (dp: WuyeDataProvider) => Promise<T> | undefined): Loaded<T> {
  const dataProvider = useDataProvider<WuyeDataProvider>();
  const [state, setState] = useState<{ data?: T; error?: string; loading: boolean }>({ loading: true });
  const [round, setRound] = useState(0);
  useEffect(() => {
    const pending = load(dataProvider);
    if (!pending) {
      setState({ loading: false });
      return;
    }
    let live = true;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    pending.then(
      (data) => live && setState({ data, loading: false }),
      (e: Error) => live && setState({ error: e.message || 'ra.notification.http_error', loading: false }),
    );
    return () => {
      live = false;
    };
  }, [dataProvider, key, round]); // eslint-disable-line react-hooks/exhaustive-deps
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...state, reload };
}
