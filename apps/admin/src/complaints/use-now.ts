import { useMemo, useSyncExternalStore } from 'react';

/**
 * One ticking clock for every countdown on the screen: a single interval, started while something
 * listens, instead of one timer per row.
 */
const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      listeners.forEach((l) => l());
    }, 1000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The current time in epoch milliseconds, updated every second. */
export const useNow = (): number => useSyncExternalStore(subscribe, () => now);

/** When the API's answer (this object) arrived: the moment its clocks were computed. */
export const useFetchedAt = (answer: unknown): number =>
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useMemo(() => Date.now(), [answer]);
