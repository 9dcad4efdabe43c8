import type { FindingInput, NonconformityClass } from '@wuye/schema';

/** One checklist item on the form: not checked yet, passed, or a nonconformity being described. */
export type FindingDraft = {
  result: 'PASS' | 'NONCONFORMITY' | null;
  nonconformityClass: NonconformityClass | '';
  description: string;
  photoRef: string;
  /** Who answers for it: a member of staff, or (cleaning, greening …) a subcontractor. */
  party: 'person' | 'subcontractor';
  responsibleUserId: string;
  subcontractorId: string;
};

export const emptyDraft = (): FindingDraft => ({ result: null, nonconformityClass: '', description: '', photoRef: '', party: 'person', responsibleUserId: '', subcontractorId: '' });

const trimmed = (text: string) => (text.trim() === '' ? undefined : text.trim());

/**
 * The checked items → RecordInspectionInput.findings, in checklist order, and which item each
 * finding is (the API names a problem by its place in the list: `findings.2.description`).
 * Unchecked items are left out: an inspection records what was checked.
 */
export function findingsInput(items: ReadonlyArray<{ id: string }>, drafts: Readonly<Record<string, FindingDraft>>): { findings: FindingInput[]; itemIds: string[] } {
  const findings: FindingInput[] = [];
  const itemIds: string[] = [];
  for (const item of items) {
    const d = drafts[item.id];
    if (!d?.result) continue;
    itemIds.push(item.id);
    if (d.result === 'PASS') {
      findings.push({ checklistItemId: item.id, result: 'PASS' });
      continue;
    }
    findings.push({
      checklistItemId: item.id,
      result: 'NONCONFORMITY',
      nonconformityClass: d.nonconformityClass || undefined,
      description: trimmed(d.description),
      photoRef: trimmed(d.photoRef),
      responsibleUserId: d.party === 'person' ? trimmed(d.responsibleUserId) : undefined,
      subcontractorId: d.party === 'subcontractor' ? trimmed(d.subcontractorId) : undefined,
    });
  }
  return { findings, itemIds };
}

/** The API's `findings.N.field` → the checklist item it is about and the field; null for other fields. */
export function findingFieldOf(field: string | undefined, itemIds: readonly string[]): { itemId: string; field: string } | null {
  const match = field ? /^findings\.(\d+)\.(\w+)$/.exec(field) : null;
  const itemId = match ? itemIds[Number(match[1])] : undefined;
  return itemId ? { itemId, field: match![2]! } : null;
}
