import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * The page's URL query as its filter state (so a filtered page can be bookmarked and shared):
 * the parameters, and `set(key, value)`, which changes one of them without a new history entry.
 */
export function useQueryParams(): [URLSearchParams, (key: string, value: string) => void] {
  const [params, setParams] = useSearchParams();
  const set = useCallback(
    (key: string, value: string) =>
      setParams(
        (p) => {
          const next = new URLSearchParams(p);
          next.set(key, value);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [params, set];
}
