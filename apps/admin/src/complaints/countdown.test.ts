import { describe, expect, it } from 'vitest';
import { durationParts, formatCountdown, formatDuration, formatWorkingLeft, liveClock, nextClock, type ClockFacts } from './countdown';

const MIN = 60_000;
const HOUR = 60 * MIN;
const t0 = Date.parse('2026-11-25T02:00:00Z');

const clock = (over: Partial<ClockFacts> = {}): ClockFacts => ({
  milestone: 'on_site',
  dueAt: new Date(t0 + HOUR).toISOString(),
  warnAt: new Date(t0 + 48 * MIN).toISOString(),
  status: 'running',
  completedAt: null,
  minutesLeft: 60,
  timeBase: 'clock',
  ...over,
});

describe('formatCountdown', () => {
  it('reads the time left in Chinese', () => {
    expect(formatCountdown(42 * MIN + 59_000, 'zh-CN')).toBe('剩余 42 分钟');
    expect(formatCountdown(3 * HOUR + 5 * MIN, 'zh-CN')).toBe('剩余 3 小时 5 分');
    expect(formatCountdown(3 * HOUR, 'zh-CN')).toBe('剩余 3 小时');
    expect(formatCountdown(2 * 24 * HOUR + 3 * HOUR + 10 * MIN, 'zh-CN')).toBe('剩余 2 天 3 小时');
    expect(formatCountdown(5 * 24 * HOUR, 'zh-CN')).toBe('剩余 5 天');
    expect(formatCountdown(30_000, 'zh-CN')).toBe('剩余不到 1 分钟');
  });

  it('reads an overdue clock in Chinese', () => {
    expect(formatCountdown(-(HOUR + 5 * MIN + 20_000), 'zh-CN')).toBe('已超时 1 小时 5 分');
    expect(formatCountdown(-12 * MIN, 'zh-CN')).toBe('已超时 12 分钟');
    expect(formatCountdown(-10_000, 'zh-CN')).toBe('刚刚超时');
    expect(formatCountdown(-(26 * HOUR), 'zh-CN')).toBe('已超时 1 天 2 小时');
  });

  it('reads both in English', () => {
    expect(formatCountdown(42 * MIN, 'en')).toBe('42 min left');
    expect(formatCountdown(-(HOUR + 5 * MIN), 'en')).toBe('1 h 5 min overdue');
    expect(formatCountdown(2 * 24 * HOUR, 'en')).toBe('2 d left');
  });

  it('rounds down to whole minutes, so the text changes once a minute', () => {
    expect(durationParts(59_999)).toEqual({ days: 0, hours: 0, minutes: 0 });
    expect(durationParts(-61_000)).toEqual({ days: 0, hours: 0, minutes: 1 });
    expect(formatCountdown(43 * MIN, 'zh-CN')).not.toBe(formatCountdown(43 * MIN - 1, 'zh-CN'));
  });

  it('counts working time in hours, not days', () => {
    expect(formatWorkingLeft(2250, 'zh-CN')).toBe('按工作时间剩余 37 小时 30 分');
    expect(formatWorkingLeft(-30, 'zh-CN')).toBe('按工作时间已超 30 分钟');
    expect(formatDuration(25 * HOUR, 'zh-CN', { days: false })).toBe('25 小时');
  });
});

describe('liveClock', () => {
  it('counts down to the due time between two answers of the API', () => {
    expect(liveClock(clock(), t0 + 18 * MIN, t0)).toEqual({ status: 'running', msLeft: 42 * MIN });
    expect(liveClock(clock(), t0 + 50 * MIN, t0).status).toBe('warning');
  });

  it('turns to breached the moment the due time passes, without asking the API', () => {
    const live = liveClock(clock(), t0 + HOUR + 5 * MIN, t0);
    expect(live.status).toBe('breached');
    expect(formatCountdown(live.msLeft!, 'zh-CN')).toBe('已超时 5 分钟');
  });

  it('stands still while paused', () => {
    const paused = clock({ status: 'paused' });
    expect(liveClock(paused, t0 + 10 * MIN, t0)).toEqual({ status: 'paused', msLeft: HOUR });
    expect(liveClock(paused, t0 + 90 * MIN, t0)).toEqual({ status: 'paused', msLeft: HOUR });
  });

  it('is met or late once the milestone is reached', () => {
    expect(liveClock(clock({ status: 'met', completedAt: new Date(t0).toISOString() }), t0 + 2 * HOUR, t0).status).toBe('met');
    expect(liveClock(clock({ status: 'breached', completedAt: new Date(t0 + 2 * HOUR).toISOString() }), t0 + 3 * HOUR, t0)).toEqual({ status: 'late', msLeft: null });
  });
});

describe('nextClock', () => {
  it('picks the open clock that falls due first, a breached one before all', () => {
    const clocks = [
      clock({ milestone: 'on_site', status: 'met', completedAt: new Date(t0).toISOString() }),
      clock({ milestone: 'first_feedback', dueAt: new Date(t0 + 4 * HOUR).toISOString() }),
      clock({ milestone: 'resolution', dueAt: new Date(t0 + 8 * HOUR).toISOString() }),
    ];
    expect(nextClock(clocks, t0, t0)).toBe(1);
    expect(nextClock([clocks[2]!, clock({ dueAt: new Date(t0 - MIN).toISOString() })], t0, t0)).toBe(1);
    expect(nextClock([clocks[0]!], t0, t0)).toBe(-1);
  });
});
