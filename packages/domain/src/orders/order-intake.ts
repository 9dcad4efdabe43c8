import type { Role } from '../access/roles.js';
import { APPOINTMENT_SLACK_MINUTES, validateAppointment, type AppointmentWindow } from './appointment.js';
import type { OrderActor } from './order-actor.js';
import {
  isOrderChannel,
  isOrderCharge,
  isOrderUrgency,
  isServiceType,
  type OrderChannel,
  type OrderCharge,
  type OrderUrgency,
  type ServiceType,
} from './order-classification.js';
import { failureFromIssues, isBlank, orderFailure, orderIssue, type OrderFailure, type OrderIssue } from './order-failure.js';
import { newOrder, type OrderSnapshot } from './order-lifecycle.js';

/** Intake (README §3.1): who, where, how to reach them, what is needed, when, and how it came in. */
export interface OrderIntake {
  readonly residentName: string;
  /** The unit, e.g. 3-2-1201. */
  readonly unit: string;
  readonly phone: string;
  readonly description: string;
  readonly channel: OrderChannel;
  readonly serviceType: ServiceType;
  readonly charge: OrderCharge;
  readonly urgency: OrderUrgency;
  /** The requested time; none for an emergency, which is handled at once. */
  readonly appointment?: AppointmentWindow | null;
}

/** The front desk registers requests (README §1); PM and GM may do what the front desk does; partner apps file from the resident's side. */
export const ORDER_REGISTRARS: readonly Role[] = ['front_desk', 'project_manager', 'general_manager'];

export type RegisterOrderResult = { readonly ok: true; readonly order: OrderSnapshot } | OrderFailure;

const MOBILE = /^1[3-9][0-9]{9}$/;
const LANDLINE = /^0[1-9][0-9]{1,2}[1-9][0-9]{6,7}$/;

/** A mainland mobile (13812345678) or a landline with its area code (021-62345678); spaces, dashes and +86 are ignored. */
export function isPhoneNumber(text: string): boolean {
  const digits = text.replace(/[\s-]/g, '').replace(/^(\+86|0086)/, '');
  return MOBILE.test(digits) || LANDLINE.test(digits);
}

/**
 * A new order in `registered`: a registrar (or a partner app, channel `app`)
 * with every intake field filled in, a valid phone, a known classification,
 * and — unless it is an emergency — a requested window at least the slack after now.
 */
export function registerOrder({
  intake,
  actor,
  now,
  appointmentSlackMinutes = APPOINTMENT_SLACK_MINUTES,
}: {
  readonly intake: OrderIntake;
  readonly actor: OrderActor;
  readonly now: Date;
  readonly appointmentSlackMinutes?: number;
}): RegisterOrderResult {
  if (Number.isNaN(now.getTime())) throw new RangeError('now must be a valid Date');
  if (actor.kind === 'staff' && !actor.roles.some((role) => ORDER_REGISTRARS.includes(role))) {
    return orderFailure('FORBIDDEN', 'order.forbidden.role', { action: 'register' });
  }
  const issues: OrderIssue[] = [];
  if (isBlank(intake.residentName)) issues.push(orderIssue('residentName', 'order.intake.residentNameRequired'));
  if (isBlank(intake.unit)) issues.push(orderIssue('unit', 'order.intake.unitRequired'));
  if (isBlank(intake.phone)) issues.push(orderIssue('phone', 'order.intake.phoneRequired'));
  else if (!isPhoneNumber(intake.phone)) issues.push(orderIssue('phone', 'order.intake.phoneInvalid'));
  if (isBlank(intake.description)) issues.push(orderIssue('description', 'order.intake.descriptionRequired'));
  if (!isOrderChannel(intake.channel)) issues.push(orderIssue('channel', 'order.intake.valueUnknown', { value: String(intake.channel) }));
  else if (actor.kind === 'partner' && intake.channel !== 'app') issues.push(orderIssue('channel', 'order.intake.partnerChannel'));
  if (!isServiceType(intake.serviceType)) issues.push(orderIssue('serviceType', 'order.intake.valueUnknown', { value: String(intake.serviceType) }));
  if (!isOrderCharge(intake.charge)) issues.push(orderIssue('charge', 'order.intake.valueUnknown', { value: String(intake.charge) }));
  if (!isOrderUrgency(intake.urgency)) {
    issues.push(orderIssue('urgency', 'order.intake.valueUnknown', { value: String(intake.urgency) }));
  } else {
    const appointment = validateAppointment({ window: intake.appointment, urgency: intake.urgency, now, slackMinutes: appointmentSlackMinutes });
    if (!appointment.ok) issues.push(orderIssue(appointment.field ?? 'appointment', appointment.messageKey, appointment.params));
  }
  const [first, ...rest] = issues;
  if (first !== undefined) return failureFromIssues([first, ...rest]);
  return {
    ok: true,
    order: newOrder({ serviceType: intake.serviceType, charge: intake.charge, urgency: intake.urgency, appointment: intake.appointment ?? null }),
  };
}
