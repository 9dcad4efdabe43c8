import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaWorkingCalendar } from '../calendar/china-holidays.js';
import { shanghaiDateTime, shanghaiInstant, workingTimeBetween } from '../calendar/working-calendar.js';
import {
  checkComplaintExtension,
  complaintClockAlerts,
  complaintClocks,
  DEFAULT_COMPLAINT_SLA_SETTINGS,
  validateComplaintSlaSettings,
  type ComplaintClock,
  type ComplaintClockFacts,
  type ComplaintMilestone,
  type ComplaintSlaSettings,
} from './complaint-clocks.js';

const calendar = chinaWorkingCalendar();
const at = (local: string) => {
  const [date, time] = local.split(' ') as [string, string];
  return shanghaiInstant(date, time);
};
const local = shanghaiDateTime;

const complaint = (facts: Partial<ComplaintClockFacts> & { registeredAt: Date }): ComplaintClockFacts => ({
  kind: 'complaint',
  category: 1,
  valid: true,
  severity: 'general',
  ...facts,
});
const dues = (clocks: ComplaintClock[]) => Object.fromEntries(clocks.map((c) => [c.milestone, local(c.dueAt)]));
const byMilestone = (clocks: ComplaintClock[], m: ComplaintMilestone) => {
  const clock = clocks.find((c) => c.milestone === m);
  if (!clock) throw new Error(`no ${m} clock`);
  return clock;
};

describe('complaintClocks: which milestones run and when each is due', () => {
  it.each([
    {
      name: 'general, eve of National Day 16:00: 1 h and 4 h by the clock, 8 working hours to resolve (16:30 on 10-09)',
      facts: complaint({ registeredAt: at('2025-09-30 16:00') }),
      settings: DEFAULT_COMPLAINT_SLA_SETTINGS,
      expected: { on_site: '2025-09-30 17:00', first_feedback: '2025-09-30 20:00', resolution: '2025-10-09 16:30' },
    },
    {
      name: 'a project with first feedback in 24 hours',
      facts: complaint({ registeredAt: at('2025-09-30 16:00') }),
      settings: { ...DEFAULT_COMPLAINT_SLA_SETTINGS, firstFeedbackClockHours: 24 },
      expected: { on_site: '2025-09-30 17:00', first_feedback: '2025-10-01 16:00', resolution: '2025-10-09 16:30' },
    },
    {
      name: 'a company resolving general complaints in 8 clock hours',
      facts: complaint({ registeredAt: at('2025-09-30 16:00') }),
      settings: { ...DEFAULT_COMPLAINT_SLA_SETTINGS, generalResolution: { hours: 8, base: 'clock_hours' } as const },
      expected: { on_site: '2025-09-30 17:00', first_feedback: '2025-09-30 20:00', resolution: '2025-10-01 00:00' },
    },
    {
      name: 'serious, the Friday before National Day: 5 working days counting the make-up Sunday',
      facts: complaint({ registeredAt: at('2025-09-26 16:00'), severity: 'serious' }),
      settings: DEFAULT_COMPLAINT_SLA_SETTINGS,
      expected: { on_site: '2025-09-26 17:00', first_feedback: '2025-09-26 20:00', resolution: '2025-10-10 17:30' },
    },
    {
      name: 'major, registered on the make-up Saturday 2025-10-11: same 5 working days as serious',
      facts: complaint({ registeredAt: at('2025-10-11 10:00'), severity: 'major' }),
      settings: DEFAULT_COMPLAINT_SLA_SETTINGS,
      expected: { on_site: '2025-10-11 11:00', first_feedback: '2025-10-11 14:00', resolution: '2025-10-17 17:30' },
    },
    {
      name: 'category 3 (external) needs no visit',
      facts: complaint({ registeredAt: at('2025-10-14 10:00'), category: 3 }),
      settings: DEFAULT_COMPLAINT_SLA_SETTINGS,
      expected: { first_feedback: '2025-10-14 14:00', resolution: '2025-10-15 10:30' },
    },
    {
      name: 'category 3 when intake asks for a visit',
      facts: complaint({ registeredAt: at('2025-10-14 10:00'), category: 3, onSiteRequired: true }),
      settings: DEFAULT_COMPLAINT_SLA_SETTINGS,
      expected: { on_site: '2025-10-14 11:00', first_feedback: '2025-10-14 14:00', resolution: '2025-10-15 10:30' },
    },
    {
      name: 'a phone complaint intake marks as needing no visit',
      facts: complaint({ registeredAt: at('2025-10-14 10:00'), onSiteRequired: false }),
      settings: DEFAULT_COMPLAINT_SLA_SETTINGS,
      expected: { first_feedback: '2025-10-14 14:00', resolution: '2025-10-15 10:30' },
    },
    {
      name: 'general at 17:29: 8 working hours are more than a 7.5-hour day, so resolution is due the day after next',
      facts: complaint({ registeredAt: at('2025-10-14 17:29') }),
      settings: DEFAULT_COMPLAINT_SLA_SETTINGS,
      expected: { on_site: '2025-10-14 18:29', first_feedback: '2025-10-14 21:29', resolution: '2025-10-16 08:59' },
    },
  ])('$name', ({ facts, settings, expected }) => {
    const clocks = complaintClocks({ complaint: facts, settings, calendar, now: facts.registeredAt });
    expect(dues(clocks)).toEqual(expected);
  });

  it.each([
    { name: 'a suggestion', facts: { kind: 'suggestion', category: null, valid: null, severity: null } as const },
    { name: 'an invalid complaint', facts: { valid: false } },
    { name: 'a complaint whose validity is not decided yet', facts: { valid: null } },
  ])('$name has no clocks', ({ facts }) => {
    expect(complaintClocks({ complaint: complaint({ registeredAt: at('2025-10-14 10:00'), ...facts }), calendar, now: at('2025-10-14 10:00') })).toEqual([]);
  });

  it('met and breached follow the recorded milestone times', () => {
    const clocks = complaintClocks({
      complaint: complaint({
        registeredAt: at('2025-10-14 10:00'),
        onSiteAt: at('2025-10-14 10:50'),
        firstFeedbackAt: at('2025-10-14 14:05'),
      }),
      calendar,
      now: at('2025-10-14 15:00'),
    });
    expect(clocks.map((c) => [c.milestone, c.status])).toEqual([
      ['on_site', 'met'],
      ['first_feedback', 'breached'],
      ['resolution', 'running'],
    ]);
    // 10:00–12:00 and 13:30–15:00 of the 8 working hours are used.
    expect(byMilestone(clocks, 'resolution').minutesLeft).toBe(480 - 210);
  });

  it('waiting on the resident pauses only the clocks it names', () => {
    const clocks = complaintClocks({
      complaint: complaint({
        registeredAt: at('2025-10-14 10:00'),
        onSiteAt: at('2025-10-14 10:40'),
        pauses: [{ from: at('2025-10-14 11:00'), to: at('2025-10-14 16:00'), reason: 'waiting_on_resident', milestones: ['resolution'] }],
      }),
      calendar,
      now: at('2025-10-14 16:00'),
    });
    // 11:00–16:00 holds 3.5 working hours (lunch excluded), so resolution moves from 10-15 10:30 to 10-15 15:30.
    expect(dues(clocks)).toEqual({ on_site: '2025-10-14 11:00', first_feedback: '2025-10-14 14:00', resolution: '2025-10-15 15:30' });
  });

  describe('category 2: handed to the developer', () => {
    const facts = complaint({
      registeredAt: at('2025-10-13 09:00'),
      category: 2,
      severity: 'serious',
      onSiteAt: at('2025-10-13 09:40'),
      firstFeedbackAt: at('2025-10-13 11:00'),
      handedToDeveloperAt: at('2025-10-15 09:00'),
      developerResponseDueAt: at('2025-10-31 17:00'),
    });

    it('while the developer has it, resolution is paused and the developer’s date runs', () => {
      const clocks = complaintClocks({ complaint: facts, calendar, now: at('2025-10-30 10:00') });
      const resolution = byMilestone(clocks, 'resolution');
      // 2670 working minutes allowed, 900 used before the hand-over: if work resumed now (Thu 10:00), due 11-05 09:30.
      expect([resolution.status, resolution.minutesLeft, local(resolution.dueAt)]).toEqual(['paused', 1770, '2025-11-05 09:30']);
      expect(byMilestone(clocks, 'developer_response')).toMatchObject({ status: 'running', startedAt: at('2025-10-15 09:00') });
      expect(local(byMilestone(clocks, 'developer_response').dueAt)).toBe('2025-10-31 17:00');
    });

    it('once the developer responds, resolution resumes with the working time it had left', () => {
      // 5 working days from Mon 10-13 09:00 allow 2670 min; 900 were used before the hand-over on Wed 09:00;
      // the remaining 1770 run from Wed 10-29 17:30: Thu, Fri, Mon (1350) and 420 on Tue 11-04 → 17:00.
      const clocks = complaintClocks({
        complaint: { ...facts, developerRespondedAt: at('2025-10-29 17:30') },
        calendar,
        now: at('2025-10-30 10:00'),
      });
      const resolution = byMilestone(clocks, 'resolution');
      expect(resolution.status).toBe('running');
      expect(resolution.allowedMinutes).toBe(2670);
      expect(local(resolution.dueAt)).toBe('2025-11-04 17:00');
      expect(byMilestone(clocks, 'developer_response').status).toBe('met');
    });

    it('a late developer breaches the developer clock only', () => {
      const clocks = complaintClocks({ complaint: facts, calendar, now: at('2025-11-03 09:00') });
      expect(byMilestone(clocks, 'developer_response').status).toBe('breached');
      expect(byMilestone(clocks, 'resolution').status).toBe('paused');
    });
  });

  it('an agreed reply time moves the due time and keeps the original', () => {
    const clocks = complaintClocks({
      complaint: complaint({
        registeredAt: at('2025-10-14 10:00'),
        extensions: [{ milestone: 'resolution', agreedAt: at('2025-10-15 09:00'), newDueAt: at('2025-10-17 12:00') }],
      }),
      calendar,
      now: at('2025-10-16 09:00'),
    });
    const resolution = byMilestone(clocks, 'resolution');
    expect([local(resolution.originalDueAt), local(resolution.dueAt), resolution.extended, resolution.status]).toEqual([
      '2025-10-15 10:30',
      '2025-10-17 12:00',
      true,
      'running',
    ]);
  });
});

describe('complaintClockAlerts', () => {
  const facts = complaint({ registeredAt: at('2025-09-30 16:00'), onSiteAt: at('2025-09-30 16:45') });
  it.each([
    { now: '2025-09-30 16:30', sent: [], keys: [] },
    { now: '2025-09-30 19:12', sent: [], keys: ['first_feedback:80'] },
    { now: '2025-09-30 20:01', sent: ['first_feedback:80'], keys: ['first_feedback:breach'] },
    // 80 % of 480 working minutes = 384: 90 on 09-30, then 294 from 10-09 08:30 → 14:54.
    { now: '2025-10-09 14:54', sent: ['first_feedback:80', 'first_feedback:breach'], keys: ['resolution:80'] },
    { now: '2025-10-09 16:31', sent: ['first_feedback:80', 'first_feedback:breach', 'resolution:80'], keys: ['resolution:breach'] },
    { now: '2025-10-09 16:31', sent: ['first_feedback:80', 'first_feedback:breach', 'resolution:80', 'resolution:breach'], keys: [] },
  ])('at $now with $sent sent → $keys', ({ now, sent, keys }) => {
    const clocks = complaintClocks({ complaint: facts, calendar, now: at(now) });
    expect(complaintClockAlerts({ clocks, now: at(now), alreadySent: sent }).map((a) => a.key)).toEqual(keys);
  });

  it('carries a message key and the due time in Shanghai time', () => {
    const now = at('2025-09-30 20:01');
    const [alert] = complaintClockAlerts({ clocks: complaintClocks({ complaint: facts, calendar, now }), now, alreadySent: [] });
    expect(alert).toMatchObject({ messageKey: 'complaint.alert.first_feedback.breach', params: { due: '2025-09-30 20:00' } });
  });
});

describe('checkComplaintExtension', () => {
  const clocks = complaintClocks({ complaint: complaint({ registeredAt: at('2025-10-14 10:00') }), calendar, now: at('2025-10-14 10:00') });
  const resolution = byMilestone(clocks, 'resolution'); // due 2025-10-15 10:30
  it.each([
    { name: 'a later time before the deadline', now: '2025-10-15 09:00', newDue: '2025-10-17 12:00', result: { ok: true } },
    { name: 'after the deadline', now: '2025-10-15 10:31', newDue: '2025-10-17 12:00', result: { ok: false, messageKey: 'complaint.extension.tooLate' } },
    { name: 'not later', now: '2025-10-15 09:00', newDue: '2025-10-15 10:00', result: { ok: false, field: 'newDueAt', messageKey: 'complaint.extension.notLater' } },
  ])('$name', ({ now, newDue, result }) => {
    expect(checkComplaintExtension({ clock: resolution, newDueAt: at(newDue), now: at(now) })).toMatchObject(result);
  });

  it('a reached milestone needs no new time', () => {
    const met = { ...resolution, completedAt: at('2025-10-14 15:00'), status: 'met' as const };
    expect(checkComplaintExtension({ clock: met, newDueAt: at('2025-10-17 12:00'), now: at('2025-10-14 16:00') })).toMatchObject({
      ok: false,
      code: 'INVALID_STATE',
      messageKey: 'complaint.extension.milestoneReached',
    });
  });
});

describe('validateComplaintSlaSettings', () => {
  const s = DEFAULT_COMPLAINT_SLA_SETTINGS;
  it.each<{ name: string; settings: ComplaintSlaSettings; fields: string[] }>([
    { name: 'the defaults', settings: s, fields: [] },
    { name: 'half-hour on-site', settings: { ...s, onSiteClockHours: 0.5 }, fields: [] },
    { name: 'zero hours', settings: { ...s, firstFeedbackClockHours: 0 }, fields: ['firstFeedbackClockHours'] },
    { name: 'fractional days', settings: { ...s, seriousResolutionWorkingDays: 2.5 }, fields: ['seriousResolutionWorkingDays'] },
    { name: 'major laxer than serious', settings: { ...s, majorResolutionWorkingDays: 10 }, fields: ['majorResolutionWorkingDays'] },
  ])('$name → $fields', ({ settings, fields }) => {
    expect(validateComplaintSlaSettings(settings).map((i) => i.field)).toEqual(fields);
  });
});

describe('properties', () => {
  const registered = fc
    .integer({ min: at('2025-01-01 00:00').getTime() / 60_000, max: at('2026-11-30 00:00').getTime() / 60_000 })
    .map((m) => new Date(m * 60_000));

  it('a serious or major resolution deadline is the close of a working day, never on a holiday', () => {
    fc.assert(
      fc.property(registered, fc.constantFrom('serious' as const, 'major' as const), (registeredAt, severity) => {
        const resolution = byMilestone(complaintClocks({ complaint: complaint({ registeredAt, severity }), calendar, now: registeredAt }), 'resolution');
        expect(calendar.holidays).not.toContain(local(resolution.dueAt).slice(0, 10));
        expect(local(resolution.dueAt).slice(11)).toBe('17:30');
        expect(workingTimeBetween(calendar, registeredAt, resolution.dueAt)).toBe(resolution.allowedMinutes);
      }),
    );
  });

  it('the 80 % warning comes before the due time on every clock', () => {
    fc.assert(
      fc.property(registered, fc.constantFrom('general' as const, 'serious' as const, 'major' as const), (registeredAt, severity) => {
        for (const c of complaintClocks({ complaint: complaint({ registeredAt, severity }), calendar, now: registeredAt })) {
          expect(c.warnAt.getTime()).toBeLessThanOrEqual(c.dueAt.getTime());
          expect(c.warnAt.getTime()).toBeGreaterThan(registeredAt.getTime());
        }
      }),
    );
  });
});
