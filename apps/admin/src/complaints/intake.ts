import { defaultComplaintDepartment, isComplaintCategory } from '@wuye/domain';

/** 投诉类别 1–3 as select/radio choices; the form keeps them as strings, the API takes an Int. */
export const CATEGORY_CHOICES = ['1', '2', '3'].map((id) => ({ id, name: `enums.ComplaintCategory.${id}` }));

export const CHANNELS = ['phone', 'walk_in', 'app', 'visit'] as const;
export const CHANNEL_CHOICES = CHANNELS.map((id) => ({ id, name: `enums.ComplaintChannel.${id}` }));

export const VALIDITY_CHOICES = [
  { id: 'valid', name: 'resources.complaints.validity.valid' },
  { id: 'invalid', name: 'resources.complaints.validity.invalid' },
];

/**
 * The department a category points to, as a GraphQL enum value: engineering for category 2,
 * customer service for category 3; category 1 depends on the matter (null: the desk chooses).
 */
export function departmentForCategory(category: unknown): string | null {
  const n = Number(category);
  if (!isComplaintCategory(n)) return null;
  return defaultComplaintDepartment(n)?.toUpperCase() ?? null;
}
