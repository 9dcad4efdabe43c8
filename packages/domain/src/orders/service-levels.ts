import { chinaWorkingCalendar } from '../calendar/china-holidays.js';
import {
  milestoneClock,
  milestoneClockAlerts,
  type MilestoneAlert,
  type MilestoneBudget,
  type MilestoneClock,
} from '../calendar/milestone-clock.js';
import { addLocalDays, shanghaiDate, shanghaiDateTime, shanghaiInstant, type WorkingCalendar } from '../calendar/working-calendar.js';
import type { MessageParams } from '../catalog/catalog-messages.js';
import type { OrderUrgency } from './order-classification.js';
import { orderIssue, type OrderIssue } from './order-failure.js';
import type { OrderMessageKey } from './order-messages.js';

/**
 * Service-level defaults for service orders (README §3, 一般 / 紧急), each a
 * milestone clock (calendar/milestone-clock.ts, shared with complaints), all in
 * clock time — duty work runs around the clock:
 *
 * | milestone  | applies to                     | default                                  |
 * |------------|--------------------------------|------------------------------------------|
 * | response   | every order                    | 4 hours from registration                |
 * | on_site    | emergencies                    | 30 minutes from registration             |
 * | resolution | orders with a fault class      | lift/power/water 30 min; public lighting |
 * |            |                                | 8 h, complex 48 h; move-in small defects |
 * |            |                                | the same (Shanghai) day, larger 7 days   |
 *
 * "Handled within 30 minutes" for lift, power and water faults is read as
 * resolved (the work completed), the stricter reading. Each target is a
 * per-company setting. Evaluate an order that ended without reaching a
 * milestone (cancelled, declined, rejected) at the time it ended.
 */
export const ORDER_MILESTONES = ['response', 'on_site', 'resolution'] as const;
export type OrderMilestone = (typeof ORDER_MILESTONES)[number];
export type OrderClock = MilestoneClock<OrderMilestone>;

export const FAULT_CLASSES = ['lift_power_water', 'public_lighting', 'public_lighting_complex', 'move_in_minor', 'move_in_major'] as const;
export type FaultClass = (typeof FAULT_CLASSES)[number];

/** Clock hours (fractions allowed: 0.5 = 30 minutes), or 'same_day': before 00:00 Shanghai time after the day of registration. */
export type ResolutionTarget = number | 'same_day';

export interface OrderSlaSettings {
  readonly responseClockHours: number;
  readonly emergencyOnSiteClockHours: number;
  readonly resolution: Readonly<Record<FaultClass, ResolutionTarget>>;
}

export const DEFAULT_ORDER_SLA_SETTINGS: OrderSlaSettings = {
  responseClockHours: 4,
  emergencyOnSiteClockHours: 0.5,
  resolution: {
    lift_power_water: 0.5,
    public_lighting: 8,
    public_lighting_complex: 48,
    move_in_minor: 'same_day',
    move_in_major: 7 * 24,
  },
};

/** Hours are positive and finite; a resolution target may also be 'same_day'. Fields name the setting. */
export function validateOrderSlaSettings(settings: OrderSlaSettings): OrderIssue[] {
  const issues: OrderIssue[] = [];
  const hours = (field: string, value: unknown) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) issues.push(orderIssue(field, 'order.settings.hoursPositive'));
  };
  hours('responseClockHours', settings.responseClockHours);
  hours('emergencyOnSiteClockHours', settings.emergencyOnSiteClockHours);
  for (const fault of FAULT_CLASSES) {
    const target = settings.resolution[fault];
    if (target !== 'same_day') hours(`resolution.${fault}`, target);
  }
  return issues;
}

/** The facts of one order the clocks are computed from. */
export interface OrderClockFacts {
  readonly registeredAt: Date;
  readonly urgency: OrderUrgency;
  readonly faultClass?: FaultClass | null;
  /** First response to the resident (called back, dispatched). */
  readonly respondedAt?: Date | null;
  /** The worker arrived. */
  readonly onSiteAt?: Date | null;
  /** The work was completed. */
  readonly resolvedAt?: Date | null;
}

// Order clocks are in clock time, so the working calendar is never consulted; the milestone clock still asks for one.
const CLOCK_TIME_ONLY: WorkingCalendar = chinaWorkingCalendar();

/** The order's clocks at `now`: response always, on_site for an emergency, resolution for a classified fault. */
export function orderClocks({
  order,
  settings = DEFAULT_ORDER_SLA_SETTINGS,
  now,
}: {
  readonly order: OrderClockFacts;
  readonly settings?: OrderSlaSettings;
  readonly now: Date;
}): OrderClock[] {
  const clock = (milestone: OrderMilestone, budget: MilestoneBudget, completedAt: Date | null | undefined) =>
    milestoneClock({ milestone, startedAt: order.registeredAt, budget, completedAt: completedAt ?? null, calendar: CLOCK_TIME_ONLY, now });

  const clocks = [clock('response', { kind: 'clock_hours', hours: settings.responseClockHours }, order.respondedAt)];
  if (order.urgency === 'emergency') {
    clocks.push(clock('on_site', { kind: 'clock_hours', hours: settings.emergencyOnSiteClockHours }, order.onSiteAt));
  }
  if (order.faultClass) {
    const target = settings.resolution[order.faultClass];
    const budget: MilestoneBudget =
      target === 'same_day'
        ? { kind: 'due_at', dueAt: shanghaiInstant(addLocalDays(shanghaiDate(order.registeredAt), 1)) }
        : { kind: 'clock_hours', hours: target };
    clocks.push(clock('resolution', budget, order.resolvedAt));
  }
  return clocks;
}

/** Any clock breached: reached late, or still open past its due time at now. */
export function orderServiceBreached(clocks: readonly OrderClock[]): boolean {
  return clocks.some((clock) => clock.status === 'breached');
}

export interface OrderClockAlert extends MilestoneAlert<OrderMilestone> {
  readonly messageKey: `order.alert.${OrderMilestone}.${'warning' | 'breach'}` & OrderMessageKey;
  /** due: the due time in Asia/Shanghai, "2026-03-02 14:30". */
  readonly params: MessageParams;
}

/** The `${milestone}:80` warning and `${milestone}:breach` alert, each once (see milestoneClockAlerts). */
export function orderClockAlerts(input: {
  readonly clocks: readonly OrderClock[];
  readonly now: Date;
  readonly alreadySent: Iterable<string>;
}): OrderClockAlert[] {
  return milestoneClockAlerts(input).map((alert) => ({
    ...alert,
    messageKey: `order.alert.${alert.milestone}.${alert.kind}` as const,
    params: { due: shanghaiDateTime(alert.dueAt) },
  }));
}
