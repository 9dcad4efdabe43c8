/**
 * How intake classifies a request (domain README §3.1): the service type, paid
 * or free, and the urgency. Channel records how the request arrived.
 */
export const SERVICE_TYPES = ['repair', 'cleaning', 'errand', 'housekeeping', 'other'] as const;
/** repair 上门维修, cleaning 专项保洁, errand 代订代购, housekeeping 家政, other 其他. */
export type ServiceType = (typeof SERVICE_TYPES)[number];

export const ORDER_CHARGES = ['paid', 'free'] as const;
export type OrderCharge = (typeof ORDER_CHARGES)[number];

/** emergency: burst pipes, a blown fuse at night — handled at once, no appointment. */
export const ORDER_URGENCIES = ['normal', 'emergency'] as const;
export type OrderUrgency = (typeof ORDER_URGENCIES)[number];

export const ORDER_CHANNELS = ['phone', 'walk_in', 'app'] as const;
export type OrderChannel = (typeof ORDER_CHANNELS)[number];

export function isServiceType(value: unknown): value is ServiceType {
  return typeof value === 'string' && (SERVICE_TYPES as readonly string[]).includes(value);
}

export function isOrderCharge(value: unknown): value is OrderCharge {
  return typeof value === 'string' && (ORDER_CHARGES as readonly string[]).includes(value);
}

export function isOrderUrgency(value: unknown): value is OrderUrgency {
  return typeof value === 'string' && (ORDER_URGENCIES as readonly string[]).includes(value);
}

export function isOrderChannel(value: unknown): value is OrderChannel {
  return typeof value === 'string' && (ORDER_CHANNELS as readonly string[]).includes(value);
}
