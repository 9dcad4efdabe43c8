import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shanghaiDateTime, shanghaiInstant } from '../calendar/working-calendar.js';
import {
  DEFAULT_FOLLOW_UP_RULES,
  fnv1a32,
  followUpSampleBucket,
  followUpTiming,
  followUpVisitor,
  followUpWindow,
  isSelectedForFollowUp,
  planFollowUp,
  validateFollowUpRules,
  type FollowUpRules,
  type FollowUpSubject,
} from './follow-up-sampling.js';

const at = (local: string) => {
  const [date, time] = local.split(' ') as [string, string];
  return shanghaiInstant(date, time);
};

describe('fnv1a32: the published FNV-1a test vectors (UTF-8 bytes)', () => {
  it.each([
    { text: '', hash: 0x811c9dc5 },
    { text: 'a', hash: 0xe40c292c },
    { text: 'foobar', hash: 0xbf9cf968 },
    { text: '投诉', hash: 0x370616f8 },
    { text: '😀', hash: 0x33a29608 },
  ])('"$text" → $hash', ({ text, hash }) => {
    expect(fnv1a32(text)).toBe(hash);
  });

  it('the bucket is hash(seed + ":" + id) mod 10000, which an auditor re-derives by hand', () => {
    expect(followUpSampleBucket('2025-audit', 'order-0001')).toBe(0x263be78a % 10_000);
    expect(followUpSampleBucket('2025-audit', 'order-0001')).toBe(106);
    expect(isSelectedForFollowUp({ seed: '2025-audit', subjectId: 'order-0001', rateBasisPoints: 107 })).toBe(true);
    expect(isSelectedForFollowUp({ seed: '2025-audit', subjectId: 'order-0001', rateBasisPoints: 106 })).toBe(false);
  });
});

describe('sampling', () => {
  const ids = Array.from({ length: 10_000 }, (_, i) => `repair-${String(i).padStart(5, '0')}`);

  it.each([
    { seed: 'company-a:2025', rate: 3000 },
    { seed: 'company-b:2025', rate: 3000 },
    { seed: 'company-a:2026', rate: 4500 },
    { seed: 'x', rate: 6000 },
    { seed: 'company-a:2025', rate: 500 },
  ])('realises $rate bp within ±1.5 points over 10,000 ids (seed $seed)', ({ seed, rate }) => {
    const selected = ids.filter((subjectId) => isSelectedForFollowUp({ seed, subjectId, rateBasisPoints: rate })).length;
    expect(Math.abs(selected - rate)).toBeLessThanOrEqual(150);
  });

  it('100 % takes everything and 0 % nothing', () => {
    expect(ids.every((subjectId) => isSelectedForFollowUp({ seed: 's', subjectId, rateBasisPoints: 10_000 }))).toBe(true);
    expect(ids.some((subjectId) => isSelectedForFollowUp({ seed: 's', subjectId, rateBasisPoints: 0 }))).toBe(false);
  });

  it('rejects a rate that is not whole basis points from 0 to 10000', () => {
    for (const rate of [-1, 10_001, 30.5]) {
      expect(() => isSelectedForFollowUp({ seed: 's', subjectId: 'x', rateBasisPoints: rate })).toThrow(RangeError);
    }
  });

  it('same inputs, same selection; a higher rate keeps every earlier pick', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), (seed, subjectId, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const first = isSelectedForFollowUp({ seed, subjectId, rateBasisPoints: lo });
        expect(isSelectedForFollowUp({ seed, subjectId, rateBasisPoints: lo })).toBe(first);
        if (first) expect(isSelectedForFollowUp({ seed, subjectId, rateBasisPoints: hi })).toBe(true);
      }),
    );
  });

  it('a plan carries the bucket and rate, so the decision can be checked', () => {
    const plan = planFollowUp({ subject: 'household_repair', subjectId: 'order-0001', completedAt: at('2025-10-09 15:00'), seed: '2025-audit' });
    expect(plan).toMatchObject({ selected: true, bucket: 106, rateBasisPoints: 3000, visitor: 'customer_service', lastDay: '2025-10-12' });
  });
});

describe('windows from the completion time (Asia/Shanghai calendar days)', () => {
  it.each<{ subject: FollowUpSubject; completed: string; opens: string; closes: string; lastDay: string }>([
    { subject: 'complaint', completed: '2025-10-09 15:00', opens: '2025-10-09 15:00', closes: '2025-10-13 00:00', lastDay: '2025-10-12' },
    { subject: 'household_repair', completed: '2025-09-30 23:30', opens: '2025-09-30 23:30', closes: '2025-10-04 00:00', lastDay: '2025-10-03' },
    { subject: 'engineering_works', completed: '2025-10-09 15:00', opens: '2025-11-09 00:00', closes: '2025-12-10 00:00', lastDay: '2025-12-09' },
    { subject: 'engineering_works', completed: '2025-12-31 10:00', opens: '2026-01-31 00:00', closes: '2026-03-01 00:00', lastDay: '2026-02-28' },
    { subject: 'emergency_assistance', completed: '2025-10-09 15:00', opens: '2025-10-09 15:00', closes: '2025-10-17 00:00', lastDay: '2025-10-16' },
    { subject: 'activity_survey', completed: '2025-01-31 09:00', opens: '2025-01-31 09:00', closes: '2025-03-01 00:00', lastDay: '2025-02-28' },
    { subject: 'special_incident', completed: '2025-10-09 15:00', opens: '2025-10-09 15:00', closes: '2025-10-30 00:00', lastDay: '2025-10-29' },
  ])('$subject completed $completed: $opens → by $lastDay', ({ subject, completed, opens, closes, lastDay }) => {
    const w = followUpWindow({ completedAt: at(completed), rule: DEFAULT_FOLLOW_UP_RULES[subject] });
    expect([shanghaiDateTime(w.opensAt), shanghaiDateTime(w.closesAt), w.lastDay]).toEqual([opens, closes, lastDay]);
  });

  it.each([
    { visited: '2025-11-08 23:59', timing: 'early' },
    { visited: '2025-11-09 00:00', timing: 'on_time' },
    { visited: '2025-12-09 23:59', timing: 'on_time' },
    { visited: '2025-12-10 00:00', timing: 'late' },
  ])('an engineering-works visit at $visited is $timing', ({ visited, timing }) => {
    const w = followUpWindow({ completedAt: at('2025-10-09 15:00'), rule: DEFAULT_FOLLOW_UP_RULES.engineering_works });
    expect(followUpTiming(w, at(visited))).toBe(timing);
  });
});

describe('who visits', () => {
  it.each([
    { subject: 'complaint', severity: 'major', visitor: 'project_manager' },
    { subject: 'complaint', severity: 'serious', visitor: 'department_supervisor_with_customer_service' },
    { subject: 'complaint', severity: 'general', visitor: 'department_supervisor_with_customer_service' },
    { subject: 'household_repair', severity: null, visitor: 'customer_service' },
    { subject: 'engineering_works', severity: null, visitor: 'customer_service' },
    { subject: 'emergency_assistance', severity: null, visitor: 'customer_service' },
    { subject: 'activity_survey', severity: null, visitor: 'set_by_service_centre_director' },
    { subject: 'special_incident', severity: null, visitor: 'project_manager' },
  ] as const)('$subject ($severity) → $visitor', ({ subject, severity, visitor }) => {
    expect(followUpVisitor(subject, severity)).toBe(visitor);
  });
});

describe('validateFollowUpRules', () => {
  const d = DEFAULT_FOLLOW_UP_RULES;
  it.each<{ name: string; rules: FollowUpRules; fields: string[] }>([
    { name: 'the procedures’ defaults', rules: d, fields: [] },
    { name: 'household repairs raised to 50 %', rules: { ...d, household_repair: { ...d.household_repair, rateBasisPoints: 5000 } }, fields: [] },
    { name: 'household repairs below 30 %', rules: { ...d, household_repair: { ...d.household_repair, rateBasisPoints: 2000 } }, fields: ['household_repair.rateBasisPoints'] },
    { name: 'complaints below 100 %', rules: { ...d, complaint: { ...d.complaint, rateBasisPoints: 9000 } }, fields: ['complaint.rateBasisPoints'] },
    { name: 'surveys above 60 %', rules: { ...d, activity_survey: { ...d.activity_survey, rateBasisPoints: 7000 } }, fields: ['activity_survey.rateBasisPoints'] },
    { name: 'a 0-day window', rules: { ...d, complaint: { ...d.complaint, dueWithin: { days: 0 } } }, fields: ['complaint.dueWithin'] },
    { name: 'a fractional window', rules: { ...d, complaint: { ...d.complaint, dueWithin: { days: 2.5 } } }, fields: ['complaint.dueWithin'] },
    {
      name: 'a window closing before it opens',
      rules: { ...d, engineering_works: { ...d.engineering_works, opensAfter: { months: 3 } } },
      fields: ['engineering_works.dueWithin'],
    },
  ])('$name → $fields', ({ rules, fields }) => {
    expect(validateFollowUpRules(rules).map((i) => i.field)).toEqual(fields);
  });
});
