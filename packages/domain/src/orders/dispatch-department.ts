import { DEPARTMENTS, type Department } from '../access/roles.js';
import type { ServiceType } from './order-classification.js';
import { orderFailure, type OrderFailure } from './order-failure.js';

/**
 * "Dispatch to the supervisor of the right department" (README §3.3): which departments
 * handle each service type. A company may set its own table; this is the default.
 */
export const DEFAULT_DISPATCH_DEPARTMENTS: Readonly<Record<ServiceType, readonly Department[]>> = {
  repair: ['engineering'],
  cleaning: ['cleaning'],
  errand: ['customer_service'],
  housekeeping: ['customer_service', 'cleaning'],
  other: DEPARTMENTS,
};

/** The supervisor must lead one of the departments that handle the order's service type. */
export function checkDispatchDepartment({
  serviceType,
  supervisorDepartments,
  table = DEFAULT_DISPATCH_DEPARTMENTS,
}: {
  readonly serviceType: ServiceType;
  readonly supervisorDepartments: readonly Department[];
  readonly table?: Readonly<Record<ServiceType, readonly Department[]>>;
}): { readonly ok: true } | OrderFailure {
  const handling = table[serviceType];
  if (supervisorDepartments.some((d) => handling.includes(d))) return { ok: true };
  return orderFailure('VALIDATION_FAILED', 'order.dispatch.wrongDepartment', { serviceType, departments: handling.join(', ') }, 'supervisorId');
}
