import { useState } from 'react';
import { useDataProvider, useNotify } from 'react-admin';
import { stepError, type StepError } from '../common/use-api-step';
import type { WuyeDataProvider } from '../dataProvider';
import type { DraftIssue } from './settings-form';

/**
 * Saving a settings draft: the draft's own issues stay on their fields and nothing is sent;
 * the API's refusal stays on the page as it worded it; a CONFLICT (someone saved first) warns.
 */
export function useDraftSave<I, S>(opts: {
  check: () => { input: I } | { issues: DraftIssue[] };
  send: (dataProvider: WuyeDataProvider, input: I) => Promise<S>;
  /** Success message (i18n key). */
  saved: string;
  onSaved: (saved: S) => void;
}) {
  const dataProvider = useDataProvider<WuyeDataProvider>();
  const notify = useNotify();
  const [issues, setIssues] = useState<DraftIssue[]>([]);
  const [error, setError] = useState<StepError | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const result = opts.check();
    if ('issues' in result) {
      setIssues(result.issues);
      return;
    }
    setIssues([]);
    setError(null);
    setBusy(true);
    try {
      const saved = await opts.send(dataProvider, result.input);
      notify(opts.saved, { type: 'success' });
      opts.onSaved(saved);
    } catch (e) {
      if ((e as { status?: number }).status === 409) notify('app.conflict', { type: 'warning' });
      setError(stepError(e));
    } finally {
      setBusy(false);
    }
  };

  return { issues, error, busy, save };
}
