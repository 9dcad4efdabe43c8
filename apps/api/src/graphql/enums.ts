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
