import { describe, expect, it } from 'vitest';
import {
  complaintIntakeDuties,
  defaultComplaintDepartment,
  validateComplaintClassification,
  type ComplaintClassification,
} from './complaint-classification.js';

const valid: ComplaintClassification = {
  kind: 'complaint',
  category: 1,
  valid: true,
  severity: 'general',
  responsibleDepartment: 'cleaning',
};

describe('validateComplaintClassification: what intake must decide', () => {
  it.each<{ name: string; c: ComplaintClassification; issues: Array<[string, string]> }>([
    { name: 'a complete category-1 complaint', c: valid, issues: [] },
    {
      name: 'nothing decided yet',
      c: { ...valid, category: null, valid: null, severity: null, responsibleDepartment: null },
      issues: [
        ['responsibleDepartment', 'complaint.department.required'],
        ['category', 'complaint.category.required'],
        ['valid', 'complaint.validity.required'],
        ['severity', 'complaint.severity.required'],
      ],
    },
    { name: 'invalid without a reason', c: { ...valid, valid: false, invalidReason: ' ' }, issues: [['invalidReason', 'complaint.invalidReason.required']] },
    { name: 'invalid with a reason', c: { ...valid, valid: false, invalidReason: '非本小区住户' }, issues: [] },
    { name: 'category 2 sent to cleaning', c: { ...valid, category: 2 }, issues: [['responsibleDepartment', 'complaint.category2.engineering']] },
    { name: 'category 2 with engineering', c: { ...valid, category: 2, responsibleDepartment: 'engineering' }, issues: [] },
    {
      name: 'an unknown category and severity from outside',
      c: { ...valid, category: 4 as never, severity: 'urgent' as never },
      issues: [
        ['category', 'complaint.category.unknown'],
        ['severity', 'complaint.severity.unknown'],
      ],
    },
    { name: 'an unknown department', c: { ...valid, responsibleDepartment: 'kitchen' as never }, issues: [['responsibleDepartment', 'complaint.department.unknown']] },
    {
      name: 'a suggestion',
      c: { kind: 'suggestion', category: null, valid: null, severity: null, responsibleDepartment: 'greening' },
      issues: [],
    },
    {
      name: 'a suggestion given a category and severity',
      c: { kind: 'suggestion', category: 1, valid: null, severity: 'general', responsibleDepartment: 'greening' },
      issues: [
        ['category', 'complaint.suggestion.noCategory'],
        ['severity', 'complaint.suggestion.noSeverity'],
      ],
    },
  ])('$name', ({ c, issues }) => {
    expect(validateComplaintClassification(c).map((i) => [i.field, i.messageKey])).toEqual(issues);
  });
});

describe('defaultComplaintDepartment', () => {
  it.each([
    { category: 1, department: null },
    { category: 2, department: 'engineering' },
    { category: 3, department: 'customer_service' },
  ] as const)('category $category → $department', ({ category, department }) => {
    expect(defaultComplaintDepartment(category)).toBe(department);
  });
});

describe('complaintIntakeDuties', () => {
  it.each([
    { name: 'suggestion', c: { kind: 'suggestion', category: null, valid: null, severity: null }, duties: ['thank_resident'] },
    { name: 'general category 1', c: { kind: 'complaint', category: 1, valid: true, severity: 'general' }, duties: ['apologise'] },
    {
      name: 'serious category 2',
      c: { kind: 'complaint', category: 2, valid: true, severity: 'serious' },
      duties: ['apologise', 'apologise_in_person_or_by_phone', 'engineering_site_check'],
    },
    {
      name: 'major category 1',
      c: { kind: 'complaint', category: 1, valid: true, severity: 'major' },
      duties: ['apologise', 'apologise_in_person_or_by_phone', 'notify_project_manager'],
    },
    { name: 'general category 3', c: { kind: 'complaint', category: 3, valid: true, severity: 'general' }, duties: ['apologise', 'explain_and_refer'] },
    { name: 'invalid, even if marked major', c: { kind: 'complaint', category: 1, valid: false, severity: 'major' }, duties: ['apologise'] },
  ] as const)('$name → $duties', ({ c, duties }) => {
    expect(complaintIntakeDuties(c)).toEqual(duties);
  });
});
