import { shanghaiDateTime } from '../calendar/working-calendar.js';
import type { OrderUrgency } from './order-classification.js';
import { orderFailure, type OrderFailure } from './order-failure.js';

/** When the worker is expected: a window agreed with the resident. */
export interface AppointmentWindow {
  readonly start: Date;
  readonly end: Date;
}

/** "Leave at least 30 minutes of slack when booking an appointment" (README §3.1); a company setting. */
export const APPOINTMENT_SLACK_MINUTES = 30;

export type AppointmentResult = { readonly ok: true; readonly window: AppointmentWindow | null } | OrderFailure;

/** The earliest start a booking made at `now` may have. */
export function earliestAppointmentStart({ now, slackMinutes = APPOINTMENT_SLACK_MINUTES }: { readonly now: Date; readonly slackMinutes?: number }): Date {
  assertSlack(slackMinutes);
  if (Number.isNaN(now.getTime())) throw new RangeError('now must be a valid Date');
  return new Date(now.getTime() + slackMinutes * 60_000);
}

/**
 * An ordinary order needs a window that starts at least `slackMinutes` after
 * now and ends after it starts. An emergency is handled at once: it needs no
 * window, and a window given for one only has to end after it starts.
 */
export function validateAppointment({
  window,
  urgency,
  now,
  slackMinutes = APPOINTMENT_SLACK_MINUTES,
}: {
  readonly window: AppointmentWindow | null | undefined;
  readonly urgency: OrderUrgency;
  readonly now: Date;
  readonly slackMinutes?: number;
}): AppointmentResult {
  const earliest = earliestAppointmentStart({ now, slackMinutes });
  if (window === null || window === undefined) {
    return urgency === 'emergency'
      ? { ok: true, window: null }
      : orderFailure('VALIDATION_FAILED', 'order.appointment.required', {}, 'appointment');
  }
  const { start, end } = window;
  if (!isValidDate(start)) return orderFailure('VALIDATION_FAILED', 'order.appointment.invalidTime', {}, 'appointment.start');
  if (!isValidDate(end)) return orderFailure('VALIDATION_FAILED', 'order.appointment.invalidTime', {}, 'appointment.end');
  if (urgency !== 'emergency' && start.getTime() < earliest.getTime()) {
    return orderFailure(
      'VALIDATION_FAILED',
      'order.appointment.tooSoon',
      { minutes: slackMinutes, earliest: shanghaiDateTime(earliest) },
      'appointment.start',
    );
  }
  if (end.getTime() <= start.getTime()) {
    return orderFailure('VALIDATION_FAILED', 'order.appointment.endNotAfterStart', {}, 'appointment.end');
  }
  return { ok: true, window: { start, end } };
}

function isValidDate(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

function assertSlack(slackMinutes: number): void {
  if (!Number.isSafeInteger(slackMinutes) || slackMinutes < 0) {
    throw new RangeError(`Slack must be a whole, non-negative number of minutes: ${String(slackMinutes)}`);
  }
}
