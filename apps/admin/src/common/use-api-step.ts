import { useState } from 'react';
import { useDataProvider, useNotify, useRefresh } from 'react-admin';
import type { WuyeDataProvider } from '../dataProvider';

export type StepError = { message: string; field?: string };

/** The API's failure as shown in a dialog: its localized message and the input it names. */
export const stepError = (error: unknown): StepError => {
  const e = error as { message?: string; body?: { extensions?: { field?: string } } };
  return { message: e.message || 'ra.notification.http_error', field: e.body?.extensions?.field };
};

const isConflict = (error: unknown) => (error as { status?: number }).status === 409;

export type StepOptions<T> = {
  /** Success message (i18n key) and its arguments. */
  done: string;
  doneArgs?: Record<string, unknown> | ((result: T) => Record<string, unknown>);
  onDone?: (result: T) => void;
  /** What to say when someone else changed the record first; the page reloads either way. */
  conflict?: string;
};

/**
 * Runs one API step from a dialog. A refusal (validation, state, permission) stays in the dialog
 * as the API worded it; CONFLICT means someone else moved the record first, so the page reloads
 * and the user looks again.
 */
export function useApiStep() {
  const dataProvider = useDataProvider<WuyeDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<StepError | null>(null);
  const run = async <T,>(step: (dp: WuyeDataProvider) => Promise<T>, options: StepOptions<T>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      const result = await step(dataProvider);
      const args = typeof options.doneArgs === 'function' ? options.doneArgs(result) : options.doneArgs;
      notify(options.done, { type: 'success', messageArgs: args });
      options.onDone?.(result);
      refresh();
      return true;
    } catch (e) {
      if (isConflict(e)) {
        notify(options.conflict ?? 'app.conflict', { type: 'warning' });
        refresh();
      } else {
        setError(stepError(e));
      }
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy, error, setError };
}
