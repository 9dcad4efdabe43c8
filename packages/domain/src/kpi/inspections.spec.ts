import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Department } from '../access/roles.js';
import { chinaWorkingCalendar } from '../calendar/china-holidays.js';
import { shanghaiInstant } from '../calendar/working-calendar.js';
import type { KpiActor } from './kpi-actor.js';
import {
  inspectionPeriodKey,
  isWeeklySummaryLate,
  mayInspect,
  missedInspectionPeriods,
  postCoverage,
  weeklySummaryDue,
  type InspectionPost,
} from './inspections.js';

const actor = (userId: string, roles: KpiActor['roles'], supervises: Department[] = []): KpiActor => ({ userId, roles, supervises });
const cleaningLead = actor('s-wang', ['supervisor'], ['cleaning']);
const pm = actor('pm-zhou', ['project_manager']);
const quality = actor('q-he', ['quality']);
const gm = actor('gm-chen', ['general_manager']);
const worker = actor('w-li', ['worker']);

// Mon–Fri office hours with the 2025 national schedule: 1–8 October off, Sunday 28 September
// and Saturday 11 October worked (调休).
const calendar = chinaWorkingCalendar();
const at = (local: string) => {
  const [date, time] = local.split(' ') as [string, string];
  return shanghaiInstant(date, time);
};

describe('who inspects at each level', () => {
  it.each([
    { level: 'daily', who: cleaningLead, area: 'cleaning', ok: true },
    { level: 'daily', who: cleaningLead, area: 'security', ok: false },
    { level: 'daily', who: pm, area: 'cleaning', ok: false },
    { level: 'weekly', who: cleaningLead, area: 'cleaning', ok: true },
    { level: 'weekly', who: pm, area: 'security', ok: true },
    { level: 'monthly', who: pm, area: 'greening', ok: true },
    { level: 'monthly', who: quality, area: 'greening', ok: true },
    { level: 'monthly', who: cleaningLead, area: 'cleaning', ok: false },
    { level: 'half_yearly_audit', who: quality, area: 'engineering', ok: true },
    { level: 'half_yearly_audit', who: gm, area: 'engineering', ok: true },
    { level: 'half_yearly_audit', who: pm, area: 'engineering', ok: false },
    { level: 'daily', who: worker, area: 'cleaning', ok: false },
  ] as const)('$level in $area by $who.userId → $ok', ({ level, who, area, ok }) => {
    expect(mayInspect(who, level, area)).toBe(ok);
  });
});

describe('inspection periods (Asia/Shanghai)', () => {
  it.each([
    { level: 'daily', at: '2025-10-15 23:30', key: '2025-10-15' },
    { level: 'weekly', at: '2025-10-15 09:00', key: '2025-10-13', note: 'a Wednesday: the week of Monday 13th' },
    { level: 'weekly', at: '2025-10-19 23:59', key: '2025-10-13', note: 'Sunday ends the week' },
    { level: 'weekly', at: '2025-10-20 00:00', key: '2025-10-20' },
    { level: 'monthly', at: '2025-10-31 23:59', key: '2025-10' },
    { level: 'half_yearly_audit', at: '2025-06-30 23:59', key: '2025-H1' },
    { level: 'half_yearly_audit', at: '2025-07-01 00:00', key: '2025-H2' },
  ] as const)('$level at $at → $key', ({ level, at: local, key }) => {
    expect(inspectionPeriodKey(level, at(local))).toBe(key);
  });

  it('lists the weeks of a plan that are over without an inspection', () => {
    expect(
      missedInspectionPeriods({ level: 'weekly', inspectedAt: [at('2025-10-08 10:00'), at('2025-10-22 10:00')], from: '2025-10-01', to: '2025-10-31' }),
    ).toEqual([
      { period: '2025-09-29', firstDay: '2025-09-29', lastDay: '2025-10-05' }, // the week of 1 October
      { period: '2025-10-13', firstDay: '2025-10-13', lastDay: '2025-10-19' },
      // the week of 27 October ends on 2 November, after the plan's end: not yet missed
    ]);
  });

  it('a plan started mid-week owes that week; a week not yet over is not missed', () => {
    expect(missedInspectionPeriods({ level: 'weekly', inspectedAt: [], from: '2025-10-01', to: '2025-10-12' }).map((p) => p.period)).toEqual(['2025-09-29', '2025-10-06']);
  });

  it('months and half years', () => {
    expect(missedInspectionPeriods({ level: 'monthly', inspectedAt: [at('2025-02-28 10:00')], from: '2025-01-15', to: '2025-04-30' }).map((p) => p.period)).toEqual([
      '2025-01',
      '2025-03',
      '2025-04',
    ]);
    expect(missedInspectionPeriods({ level: 'half_yearly_audit', inspectedAt: [at('2025-03-01 10:00')], from: '2025-01-01', to: '2026-06-30' })).toEqual([
      { period: '2025-H2', firstDay: '2025-07-01', lastDay: '2025-12-31' },
      { period: '2026-H1', firstDay: '2026-01-01', lastDay: '2026-06-30' },
    ]);
  });
});

describe('daily coverage: every post within 3 working days', () => {
  const posts: InspectionPost[] = [
    { postId: 'gate-north', area: 'security', since: '2025-09-01' },
    { postId: 'lobby-3', area: 'cleaning', since: '2025-09-01' },
    { postId: 'garden-east', area: 'greening', since: '2025-10-13' },
  ];

  it.each([
    { note: 'visited Monday: due by Thursday’s close', visit: '2025-10-13 09:00', asOf: '2025-10-16 17:00', due: '2025-10-16 17:30', status: 'covered' },
    { note: 'visited Monday: overdue on Friday morning', visit: '2025-10-13 09:00', asOf: '2025-10-17 08:30', due: '2025-10-16 17:30', status: 'overdue' },
    { note: 'visited Thursday: the weekend does not count', visit: '2025-10-16 09:00', asOf: '2025-10-21 12:00', due: '2025-10-21 17:30', status: 'covered' },
    { note: 'visited before National Day: the holiday does not count, the make-up Saturday does', visit: '2025-09-30 09:00', asOf: '2025-10-11 12:00', due: '2025-10-11 17:30', status: 'covered' },
  ])('$note', ({ visit, asOf, due, status }) => {
    const [row] = postCoverage({ posts: posts.slice(0, 1), visits: [{ postId: 'gate-north', at: at(visit) }], asOf: at(asOf), calendar });
    expect(row).toEqual({ postId: 'gate-north', area: 'security', lastVisitedOn: visit.slice(0, 10), dueBy: at(due), status });
  });

  it('a new post counts its first day: added Monday, due by Wednesday’s close', () => {
    const [, , garden] = postCoverage({ posts, visits: [], asOf: at('2025-10-15 12:00'), calendar });
    expect(garden).toEqual({ postId: 'garden-east', area: 'greening', lastVisitedOn: null, dueBy: at('2025-10-15 17:30'), status: 'covered' });
  });

  it('only the latest visit up to asOf counts', () => {
    const visits = [
      { postId: 'lobby-3', at: at('2025-10-09 10:00') },
      { postId: 'lobby-3', at: at('2025-10-14 10:00') },
      { postId: 'lobby-3', at: at('2025-10-20 10:00') },
    ];
    const [, lobby] = postCoverage({ posts, visits, asOf: at('2025-10-15 10:00'), calendar });
    expect(lobby).toMatchObject({ lastVisitedOn: '2025-10-14', dueBy: at('2025-10-17 17:30'), status: 'covered' });
  });

  it('property: a post visited on every working day is never overdue', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), (offset) => {
        const days = Array.from({ length: offset + 1 }, (_, i) => new Date(at('2025-09-01 09:00').getTime() + i * 86_400_000));
        const asOf = new Date(at('2025-09-01 18:00').getTime() + offset * 86_400_000);
        const [row] = postCoverage({ posts: posts.slice(0, 1), visits: days.map((d) => ({ postId: 'gate-north', at: d })), asOf, calendar });
        expect(row?.status).toBe('covered');
      }),
    );
  });
});

describe('the weekly summary is due by the 5th of the next month', () => {
  it('October’s: by the end of 5 November, Shanghai time', () => {
    expect(weeklySummaryDue('2025-10')).toEqual({ dueOn: '2025-11-05', dueAt: at('2025-11-06 00:00') });
    expect(weeklySummaryDue('2025-12').dueOn).toBe('2026-01-05');
  });

  it.each([
    { submitted: '2025-11-05 23:59', now: '2025-11-20 09:00', late: false },
    { submitted: '2025-11-06 00:00', now: '2025-11-20 09:00', late: true },
    { submitted: null, now: '2025-11-05 18:00', late: false },
    { submitted: null, now: '2025-11-06 08:00', late: true },
  ])('submitted $submitted, now $now → late $late', ({ submitted, now, late }) => {
    expect(isWeeklySummaryLate({ month: '2025-10', submittedAt: submitted === null ? null : at(submitted), now: at(now) })).toBe(late);
  });
});
