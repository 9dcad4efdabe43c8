import type { EntityManager } from '@mikro-orm/postgresql';
import type { ApiScope, RoleAssignment } from '@wuye/domain';
import { ApiKey } from '../src/modules/api-keys/api-key.entity.js';
import { generateApiKey } from '../src/modules/api-keys/api-key-secret.js';
import { Company } from '../src/modules/company/company.entity.js';
import { Building } from '../src/modules/projects/building.entity.js';
import { Project, ProjectKind } from '../src/modules/projects/project.entity.js';
import { Unit } from '../src/modules/projects/unit.entity.js';
import { Resident, ResidentKind } from '../src/modules/residents/resident.entity.js';
import { StaffUser } from '../src/modules/staff/staff-user.entity.js';

export const PASSWORD = 'Test@12345';

/** Staff of company A by role; all project-scoped ones work in project P1. */
export const ROLE_USERS = {
  gm: [{ role: 'general_manager', projectId: null }],
  quality: [{ role: 'quality', projectId: null }],
  pm: [{ role: 'project_manager', projectId: 'P1' }],
  supervisor: [{ role: 'supervisor', projectId: 'P1', department: 'engineering' }],
  frontDesk: [{ role: 'front_desk', projectId: 'P1' }],
  worker: [{ role: 'worker', projectId: 'P1' }],
  finance: [{ role: 'finance', projectId: 'P1' }],
  housekeeper: [{ role: 'housekeeper', projectId: 'P1' }],
  engineering: [{ role: 'engineering', projectId: 'P1' }],
  pm2: [{ role: 'project_manager', projectId: 'P2' }],
} as const;
export type RoleUser = keyof typeof ROLE_USERS;

export interface Fixture {
  companyA: Company;
  companyB: Company;
  p1: Project;
  p2: Project;
  pB: Project;
  buildingP1: Building;
  buildingP2: Building;
  unitsP1: Unit[];
  unitP2: Unit;
  unitB: Unit;
  residentP1: Resident;
  residentP2: Resident;
  residentB: Resident;
  users: Record<RoleUser | 'gmB', StaffUser>;
  /** Partner key of company A, limited to P1. */
  partnerKey: { entity: ApiKey; token: string };
}

/**
 * A small, realistic graph: company A with two projects (P1 with 60 units, P2 with one),
 * staff for every role, a partner key; and company B with its own project and GM.
 */
export function buildFixture(em: EntityManager, passwordHash: string): Fixture {
  const companyA = em.create(Company, { code: 'A', name: '甲物业' });
  const companyB = em.create(Company, { code: 'B', name: '乙物业' });
  const project = (companyId: string, code: string, name: string) =>
    em.create(Project, { companyId, code, name, kind: ProjectKind.RESIDENTIAL, households: 100 });
  const p1 = project(companyA.id, 'P1', '一号项目');
  const p2 = project(companyA.id, 'P2', '二号项目');
  const pB = project(companyB.id, 'PB', '乙方项目');
  const building = (p: Project, code: string) =>
    em.create(Building, { companyId: p.companyId, projectId: p.id, code, name: `${code}栋` });
  const buildingP1 = building(p1, '1');
  const buildingP2 = building(p2, '1');
  const buildingB = building(pB, '1');
  const unit = (b: Building, number: string) =>
    em.create(Unit, { companyId: b.companyId, projectId: b.projectId, buildingId: b.id, number, floor: 1 });
  const unitsP1 = Array.from({ length: 60 }, (_, i) => unit(buildingP1, `1-1-${String(101 + i)}`));
  const unitP2 = unit(buildingP2, '1-1-101');
  const unitB = unit(buildingB, '1-1-101');
  const resident = (u: Unit, name: string, phone: string) =>
    em.create(Resident, { companyId: u.companyId, projectId: u.projectId, unitId: u.id, name, phone, kind: ResidentKind.OWNER });
  unitsP1.forEach((u, i) => resident(u, `住户${i}`, `1380000${String(i).padStart(4, '0')}`));
  const residentP1 = resident(unitsP1[0]!, '张三', '13912345678');
  const residentP2 = resident(unitP2, '李四', '13912345679');
  const residentB = resident(unitB, '王五', '13912345670');

  const projectIds: Record<string, string> = { P1: p1.id, P2: p2.id };
  const users = {} as Record<RoleUser | 'gmB', StaffUser>;
  for (const [name, roles] of Object.entries(ROLE_USERS)) {
    users[name as RoleUser] = em.create(StaffUser, {
      companyId: companyA.id,
      name,
      email: `${name.toLowerCase()}@a.test`,
      passwordHash,
      roles: roles.map((r) => ({ ...r, projectId: r.projectId ? projectIds[r.projectId]! : null })) as RoleAssignment[],
    });
  }
  users.gmB = em.create(StaffUser, {
    companyId: companyB.id,
    name: 'gmB',
    email: 'gm@b.test',
    passwordHash,
    roles: [{ role: 'general_manager', projectId: null }],
  });

  const key = generateApiKey();
  const scopes: ApiScope[] = ['catalog:read', 'orders:read', 'orders:write'];
  const entity = em.create(ApiKey, {
    companyId: companyA.id,
    name: 'partner',
    prefix: key.prefix,
    secretHash: key.hash,
    scopes,
    projectId: p1.id,
    createdById: users.gm.id,
  });
  return {
    companyA,
    companyB,
    p1,
    p2,
    pB,
    buildingP1,
    buildingP2,
    unitsP1,
    unitP2,
    unitB,
    residentP1,
    residentP2,
    residentB,
    users,
    partnerKey: { entity, token: key.token },
  };
}
