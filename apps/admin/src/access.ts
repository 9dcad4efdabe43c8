/**
 * Which viewer permission (from `me.permissions`) opens which screen. The API enforces the same
 * permissions on every operation; this only keeps the console from offering what would be refused.
 */
const RESOURCE_PERMISSIONS: Record<string, { read: string; manage?: string; role?: string }> = {
  projects: { read: 'project.read', manage: 'project.manage' },
  buildings: { read: 'project.read', manage: 'building.manage' },
  units: { read: 'project.read', manage: 'unit.manage' },
  residents: { read: 'resident.read', manage: 'resident.manage' },
  catalogItems: { read: 'catalog.read', manage: 'catalog.manage' },
  // "edit" is the project manager's draft editor; new versions start from a draft, not a form.
  priceLists: { read: 'catalog.read', manage: 'priceList.edit' },
  priceListReviews: { read: 'priceList.decide' },
  staffUsers: { read: 'staff.read', manage: 'staff.manage' },
  apiKeys: { read: 'apiKey.manage', manage: 'apiKey.manage' },
  auditEntries: { read: 'audit.read' },
  serviceOrders: { read: 'order.read', manage: 'order.register' },
  // 我的工单: the orders assigned to the signed-in worker (order.act alone is also the front desk's).
  myOrders: { read: 'order.act', role: 'WORKER' },
  // 日终检查 is the front desk's: those who register orders review them at the end of the day.
  endOfDayReview: { read: 'order.register' },
};

/** react-admin actions: list, show, create, edit, delete, export, … */
export function canAccess(permissions: readonly string[], resource: string, action: string, roles: readonly string[] = []): boolean {
  const rule = RESOURCE_PERMISSIONS[resource];
  if (!rule) return false;
  if (rule.role && !roles.includes(rule.role)) return false;
  switch (action) {
    case 'list':
    case 'show':
      return permissions.includes(rule.read);
    case 'create':
    case 'edit':
      return !!rule.manage && permissions.includes(rule.manage);
    default:
      return false;
  }
}
