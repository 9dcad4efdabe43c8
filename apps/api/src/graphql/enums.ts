import { registerEnumType } from 'type-graphql';
import { ProjectKind } from '../modules/projects/project.entity.js';
import { ResidentKind } from '../modules/residents/resident.entity.js';

/** GraphQL names for the domain's string unions; the values are the domain's own strings. */
export enum RoleValue {
  GENERAL_MANAGER = 'general_manager',
  PROJECT_MANAGER = 'project_manager',
  SUPERVISOR = 'supervisor',
  FRONT_DESK = 'front_desk',
  WORKER = 'worker',
  FINANCE = 'finance',
  QUALITY = 'quality',
  HOUSEKEEPER = 'housekeeper',
  ENGINEERING = 'engineering',
}

export enum DepartmentValue {
  CUSTOMER_SERVICE = 'customer_service',
  ENGINEERING = 'engineering',
  CLEANING = 'cleaning',
  GREENING = 'greening',
  SECURITY = 'security',
}

export enum ApiScopeValue {
  CATALOG_READ = 'catalog:read',
  ORDERS_READ = 'orders:read',
  ORDERS_WRITE = 'orders:write',
  COMPLAINTS_READ = 'complaints:read',
  COMPLAINTS_WRITE = 'complaints:write',
  SURVEYS_WRITE = 'surveys:write',
  REPORTS_READ = 'reports:read',
}

registerEnumType(RoleValue, { name: 'Role', description: 'Staff role (domain README §1)' });
registerEnumType(DepartmentValue, { name: 'Department' });
registerEnumType(ApiScopeValue, { name: 'ApiScope', description: 'What a partner API key may do' });
registerEnumType(ProjectKind, { name: 'ProjectKind' });
registerEnumType(ResidentKind, { name: 'ResidentKind' });

/**
 * A GraphQL enum straight from a domain list of lower_snake strings: `order_cancelled` is exposed
 * as `ORDER_CANCELLED` and arrives in resolvers as the domain's own string.
 */
export function graphqlEnum<const T extends readonly string[]>(name: string, values: T, description?: string) {
  const enumObject = Object.fromEntries(values.map((v) => [v.toUpperCase(), v])) as { [K in T[number] as Uppercase<K>]: K };
  registerEnumType(enumObject, { name, description });
  return enumObject;
}
