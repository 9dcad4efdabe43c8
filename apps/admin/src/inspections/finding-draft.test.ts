import { describe, expect, it } from 'vitest';
import { emptyDraft, findingFieldOf, findingsInput } from './finding-draft';

const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];

describe('the inspection form’s findings', () => {
  it('sends checked items in checklist order, a pass as a pass and a nonconformity with its details', () => {
    const { findings, itemIds } = findingsInput(items, {
      d: { ...emptyDraft(), result: 'PASS' },
      b: { ...emptyDraft(), result: 'NONCONFORMITY', nonconformityClass: 'GENERAL', description: ' 水箱未加锁 ', photoRef: '', party: 'person', responsibleUserId: 'w1', subcontractorId: 's1' },
      c: emptyDraft(),
      a: { ...emptyDraft(), result: 'NONCONFORMITY', nonconformityClass: 'MINOR', description: '地面有烟头', party: 'subcontractor', responsibleUserId: 'w1', subcontractorId: 's1' },
    });
    expect(itemIds).toEqual(['a', 'b', 'd']);
    expect(findings).toEqual([
      { checklistItemId: 'a', result: 'NONCONFORMITY', nonconformityClass: 'MINOR', description: '地面有烟头', photoRef: undefined, responsibleUserId: undefined, subcontractorId: 's1' },
      { checklistItemId: 'b', result: 'NONCONFORMITY', nonconformityClass: 'GENERAL', description: '水箱未加锁', photoRef: undefined, responsibleUserId: 'w1', subcontractorId: undefined },
      { checklistItemId: 'd', result: 'PASS' },
    ]);
  });

  it('maps the API’s findings.N.field back to the item', () => {
    expect(findingFieldOf('findings.1.description', ['a', 'b', 'd'])).toEqual({ itemId: 'b', field: 'description' });
    expect(findingFieldOf('findings.7.description', ['a'])).toBeNull();
    expect(findingFieldOf('level', ['a'])).toBeNull();
    expect(findingFieldOf(undefined, ['a'])).toBeNull();
  });
});
