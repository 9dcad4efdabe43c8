import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaWorkingCalendar } from './china-holidays.js';
import {
  milestoneClock,
  milestoneClockAlerts,
  type MilestoneBudget,
  type MilestoneClockInput,
  type MilestonePause,
} from './milestone-clock.js';
import { shanghaiDate, shanghaiInstant, workingTimeBetween } from './working-calendar.js';

const calendar = chinaWorkingCalendar();
const at = (local: string) => {
  const [date, time] = local.split(' ') as [string, string];
  return shanghaiInstant(date, time);
};
const local = (instant: Date) => `${shanghaiDate(instant)} ${new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(11, 16)}`;
const pause = (from: string, to: string | null): MilestonePause => ({ from: at(from), to: to === null ? null : at(to) });

const clock = (input: Partial<MilestoneClockInput<'m'>> & { budget: MilestoneBudget; startedAt: Date; now: Date }) =>
  milestoneClock({ milestone: 'm', calendar, ...input });

const oneHour: MilestoneBudget = { kind: 'clock_hours', hours: 1 };

describe('clock-hour milestones', () => {
  it.each([
    {
      name: 'running: half the hour used',
      now: '2025-09-30 17:30', pauses: [], completed: null,
      due: '2025-09-30 18:00', status: 'running', used: 30, left: 30,
    },
    {
      name: 'met: on site at 17:55',
      now: '2025-09-30 19:00', pauses: [], completed: '2025-09-30 17:55',
      due: '2025-09-30 18:00', status: 'met', used: 55, left: null,
    },
    {
      name: 'met exactly at the due time',
      now: '2025-09-30 19:00', pauses: [], completed: '2025-09-30 18:00',
      due: '2025-09-30 18:00', status: 'met', used: 60, left: null,
    },
    {
      name: 'breached: on site at 18:01',
      now: '2025-09-30 19:00', pauses: [], completed: '2025-09-30 18:01',
      due: '2025-09-30 18:00', status: 'breached', used: 61, left: null,
    },
    {
      name: 'breached: nobody on site yet',
      now: '2025-09-30 18:10', pauses: [], completed: null,
      due: '2025-09-30 18:00', status: 'breached', used: 70, left: -10,
    },
    {
      name: 'a closed pause extends the due time by its length',
      now: '2025-09-30 18:10', pauses: [pause('2025-09-30 17:20', '2025-09-30 17:50')], completed: null,
      due: '2025-09-30 18:30', status: 'running', used: 40, left: 20,
    },
    {
      name: 'an open pause holds the clock and moves the due time with now',
      now: '2025-09-30 19:00', pauses: [pause('2025-09-30 17:20', null)], completed: null,
      due: '2025-09-30 19:40', status: 'paused', used: 20, left: 40,
    },
    {
      name: 'overlapping pauses count once',
      now: '2025-09-30 18:10',
      pauses: [pause('2025-09-30 17:10', '2025-09-30 17:30'), pause('2025-09-30 17:20', '2025-09-30 17:40')],
      completed: null,
      due: '2025-09-30 18:30', status: 'running', used: 40, left: 20,
    },
    {
      name: 'a pause after the due time does not undo the breach',
      now: '2025-09-30 19:00', pauses: [pause('2025-09-30 18:30', null)], completed: null,
      due: '2025-09-30 18:00', status: 'breached', used: 90, left: -30,
    },
  ])('$name', ({ now, pauses, completed, due, status, used, left }) => {
    const c = clock({
      budget: oneHour,
      startedAt: at('2025-09-30 17:00'),
      now: at(now),
      pauses,
      completedAt: completed === null ? null : at(completed),
    });
    expect(local(c.dueAt)).toBe(due);
    expect(c.status).toBe(status);
    expect(c.usedMinutes).toBe(used);
    expect(c.minutesLeft).toBe(left);
    expect(c.timeBase).toBe('clock');
  });

  it('warns at 80 %: 48 minutes into the hour', () => {
    expect(local(clock({ budget: oneHour, startedAt: at('2025-09-30 17:00'), now: at('2025-09-30 17:00') }).warnAt)).toBe('2025-09-30 17:48');
  });
});

describe('working-time milestones: pauses count in working time', () => {
  it.each([
    {
      name: '8 working hours from 16:00 on the eve of National Day',
      budget: { kind: 'working_hours', hours: 8 } as const, start: '2025-09-30 16:00', pauses: [],
      due: '2025-10-09 16:30', allowed: 480,
    },
    {
      name: '…paused while the resident is away over the holiday: only 60 working minutes are added',
      budget: { kind: 'working_hours', hours: 8 } as const, start: '2025-09-30 16:00',
      pauses: [pause('2025-09-30 17:00', '2025-10-09 09:00')],
      due: '2025-10-09 17:30', allowed: 480,
    },
    {
      name: '5 working days from the Friday before National Day',
      budget: { kind: 'working_days', days: 5 } as const, start: '2025-09-26 16:00', pauses: [],
      due: '2025-10-10 17:30', allowed: 90 + 5 * 450,
    },
    {
      name: '…with a working day paused: the due time moves onto the make-up Saturday',
      budget: { kind: 'working_days', days: 5 } as const, start: '2025-09-26 16:00',
      pauses: [pause('2025-09-29 08:30', '2025-09-29 17:30')],
      due: '2025-10-11 17:30', allowed: 90 + 5 * 450,
    },
    {
      name: '…a pause over a weekend adds nothing',
      budget: { kind: 'working_days', days: 5 } as const, start: '2025-10-14 10:00',
      pauses: [pause('2025-10-17 17:30', '2025-10-20 08:30')],
      due: '2025-10-21 17:30', allowed: 450 * 5 + 450 - 90,
    },
  ])('$name → $due', ({ budget, start, pauses, due, allowed }) => {
    const c = clock({ budget, startedAt: at(start), now: at(start), pauses });
    expect(local(c.dueAt)).toBe(due);
    expect(c.allowedMinutes).toBe(allowed);
    expect(c.timeBase).toBe('working');
  });
});

describe('agreed extensions', () => {
  const base = { budget: { kind: 'working_hours', hours: 8 } as const, startedAt: at('2025-10-14 09:00') };
  // 8 working hours from Tue 09:00: 3 h + 4 h on Tuesday, 1 h on Wednesday → Wed 09:30.
  it.each([
    {
      name: 'agreed before the due time moves it and keeps the original',
      ext: [{ agreedAt: '2025-10-15 09:00', newDueAt: '2025-10-17 12:00' }], now: '2025-10-16 10:00',
      due: '2025-10-17 12:00', status: 'running', extended: true,
    },
    {
      name: 'agreed after the breach changes nothing',
      ext: [{ agreedAt: '2025-10-15 10:00', newDueAt: '2025-10-17 12:00' }], now: '2025-10-16 10:00',
      due: '2025-10-15 09:30', status: 'breached', extended: false,
    },
    {
      name: 'an earlier time is not an extension',
      ext: [{ agreedAt: '2025-10-14 10:00', newDueAt: '2025-10-14 15:00' }], now: '2025-10-14 11:00',
      due: '2025-10-15 09:30', status: 'running', extended: false,
    },
    {
      name: 'a second extension agreed before the first runs out replaces it',
      ext: [
        { agreedAt: '2025-10-17 11:00', newDueAt: '2025-10-20 17:00' },
        { agreedAt: '2025-10-15 09:00', newDueAt: '2025-10-17 12:00' },
      ],
      now: '2025-10-20 16:00', due: '2025-10-20 17:00', status: 'running', extended: true,
    },
  ])('$name', ({ ext, now, due, status, extended }) => {
    const c = clock({
      ...base,
      now: at(now),
      extensions: ext.map((e) => ({ agreedAt: at(e.agreedAt), newDueAt: at(e.newDueAt) })),
    });
    expect(local(c.originalDueAt)).toBe('2025-10-15 09:30');
    expect(local(c.dueAt)).toBe(due);
    expect(c.status).toBe(status);
    expect(c.extended).toBe(extended);
  });
});

describe('a fixed due time (the developer’s response date)', () => {
  it('runs in clock time to that instant', () => {
    const c = clock({
      budget: { kind: 'due_at', dueAt: at('2025-10-31 17:00') },
      startedAt: at('2025-10-16 10:00'),
      now: at('2025-11-01 09:00'),
    });
    expect(local(c.dueAt)).toBe('2025-10-31 17:00');
    expect(c.status).toBe('breached');
  });
});

describe('milestoneClockAlerts: the 80 % warning and the breach, each once', () => {
  const c = (now: string, completed: string | null = null) =>
    clock({ budget: oneHour, startedAt: at('2025-09-30 17:00'), now: at(now), completedAt: completed === null ? null : at(completed) });
  it.each([
    { name: 'before 80 %', now: '2025-09-30 17:47', completed: null, sent: [], keys: [] },
    { name: 'at 80 %', now: '2025-09-30 17:48', completed: null, sent: [], keys: ['m:80'] },
    { name: 'warning already sent', now: '2025-09-30 17:50', completed: null, sent: ['m:80'], keys: [] },
    { name: 'breached', now: '2025-09-30 18:01', completed: null, sent: ['m:80'], keys: ['m:breach'] },
    { name: 'breach already sent', now: '2025-09-30 19:00', completed: null, sent: ['m:80', 'm:breach'], keys: [] },
    { name: 'breached before any run: no stale warning', now: '2025-09-30 18:30', completed: null, sent: [], keys: ['m:breach'] },
    { name: 'reached late between two runs', now: '2025-09-30 18:30', completed: '2025-09-30 18:20', sent: ['m:80'], keys: ['m:breach'] },
    { name: 'reached on time after 80 %', now: '2025-09-30 18:30', completed: '2025-09-30 17:59', sent: [], keys: [] },
  ])('$name → $keys', ({ now, completed, sent, keys }) => {
    const alerts = milestoneClockAlerts({ clocks: [c(now, completed)], now: at(now), alreadySent: sent });
    expect(alerts.map((a) => a.key)).toEqual(keys);
  });
});

// ------------------------------------------------------------------ properties

const start2025 = fc
  .integer({ min: at('2025-01-01 00:00').getTime() / 60_000, max: at('2026-11-30 00:00').getTime() / 60_000 })
  .map((m) => new Date(m * 60_000));
const budgetArb: fc.Arbitrary<MilestoneBudget> = fc.oneof(
  fc.integer({ min: 1, max: 48 }).map((hours) => ({ kind: 'clock_hours', hours }) as const),
  fc.integer({ min: 1, max: 40 }).map((hours) => ({ kind: 'working_hours', hours }) as const),
  fc.integer({ min: 1, max: 10 }).map((days) => ({ kind: 'working_days', days }) as const),
);
const pausesArb = fc.array(fc.tuple(fc.nat(60 * 24 * 10), fc.nat(60 * 24 * 3)), { maxLength: 4 });

describe('clock properties', () => {
  it('pauses never bring the due time forward, and the allowed time is the budget', () => {
    fc.assert(
      fc.property(start2025, budgetArb, pausesArb, (startedAt, budget, offsets) => {
        const pauses = offsets.map(([after, length]) => ({
          from: new Date(startedAt.getTime() + after * 60_000),
          to: new Date(startedAt.getTime() + (after + length) * 60_000),
        }));
        const plain = milestoneClock({ milestone: 'm', calendar, budget, startedAt, now: startedAt });
        const paused = milestoneClock({ milestone: 'm', calendar, budget, startedAt, now: startedAt, pauses });
        expect(paused.dueAt.getTime()).toBeGreaterThanOrEqual(plain.dueAt.getTime());
        expect(paused.allowedMinutes).toBeCloseTo(plain.allowedMinutes, 6);
        if (budget.kind === 'working_days') {
          expect(plain.allowedMinutes).toBe(workingTimeBetween(calendar, startedAt, plain.dueAt));
        }
      }),
    );
  });

  it('over any sequence of runs each alert key is produced at most once', () => {
    fc.assert(
      fc.property(start2025, budgetArb, fc.array(fc.nat(60 * 24 * 20), { minLength: 1, maxLength: 12 }), (startedAt, budget, offsets) => {
        const sent: string[] = [];
        for (const offset of [...offsets].sort((a, b) => a - b)) {
          const now = new Date(startedAt.getTime() + offset * 60_000);
          const clocks = [milestoneClock({ milestone: 'm', calendar, budget, startedAt, now })];
          for (const alert of milestoneClockAlerts({ clocks, now, alreadySent: sent })) {
            expect(sent).not.toContain(alert.key);
            sent.push(alert.key);
          }
        }
        expect(new Set(sent).size).toBe(sent.length);
      }),
    );
  });
});
