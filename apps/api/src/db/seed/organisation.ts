import type { EntityManager } from '@mikro-orm/postgresql';
import type { RoleAssignment } from '@wuye/domain';
import { ApiKey } from '../../modules/api-keys/api-key.entity.js';
import { generateApiKey } from '../../modules/api-keys/api-key-secret.js';
import { Company } from '../../modules/company/company.entity.js';
import { Building } from '../../modules/projects/building.entity.js';
import { Project, ProjectKind } from '../../modules/projects/project.entity.js';
import { Unit } from '../../modules/projects/unit.entity.js';
import { Resident, ResidentKind } from '../../modules/residents/resident.entity.js';
import { StaffUser } from '../../modules/staff/staff-user.entity.js';
import { chineseName, mobile, type Rng } from './random.js';

export const DEMO_PASSWORD = 'Demo@2026';
export const DEMO_DOMAIN = 'demo.wuye.cn';

interface ProjectPlan {
  code: string;
  name: string;
  kind: ProjectKind;
  address: string;
  buildings: number;
  /** 单元 per building (1 for an office tower). */
  entrances: number;
  floors: number;
  perFloor: number;
}

export const DEMO_PROJECTS: ProjectPlan[] = [
  { code: 'CHHY', name: '翠湖花园', kind: ProjectKind.RESIDENTIAL, address: '深圳市南山区翠湖路 88 号', buildings: 4, entrances: 2, floors: 10, perFloor: 2 },
  { code: 'JXJY', name: '锦绣家园', kind: ProjectKind.RESIDENTIAL, address: '深圳市福田区锦绣路 16 号', buildings: 3, entrances: 2, floors: 8, perFloor: 2 },
  { code: 'ZXGC', name: '中信广场', kind: ProjectKind.OFFICE, address: '深圳市福田区深南大道 1093 号', buildings: 1, entrances: 1, floors: 20, perFloor: 4 },
];

export interface DemoLogin {
  login: string;
  name: string;
  role: string;
}

export interface SeededOrganisation {
  company: Company;
  projects: Project[];
  users: StaffUser[];
  logins: DemoLogin[];
  apiKeyToken: string;
}

/** One company, three projects with buildings, units and residents, staff for every role, one partner key. */
export async function seedOrganisation(em: EntityManager, r: Rng, passwordHash: string): Promise<SeededOrganisation> {
  const company = em.create(Company, { code: 'DEMO', name: '示例物业服务有限公司' });
  const companyId = company.id;
  const projects: Project[] = [];

  for (const plan of DEMO_PROJECTS) {
    const project = em.create(Project, {
      companyId,
      code: plan.code,
      name: plan.name,
      kind: plan.kind,
      address: plan.address,
      households: 0,
    });
    projects.push(project);
    let households = 0;
    for (let b = 1; b <= plan.buildings; b++) {
      const building = em.create(Building, {
        companyId,
        projectId: project.id,
        code: `${b}`,
        name: plan.kind === ProjectKind.OFFICE ? '主楼' : `${b}栋`,
        floors: plan.floors,
      });
      for (let e = 1; e <= plan.entrances; e++) {
        for (let f = 1; f <= plan.floors; f++) {
          for (let n = 1; n <= plan.perFloor; n++) {
            const room = `${f}${String(n).padStart(2, '0')}`;
            const number = plan.kind === ProjectKind.OFFICE ? room : `${b}-${e}-${room}`;
            const unit = em.create(Unit, {
              companyId,
              projectId: project.id,
              buildingId: building.id,
              number,
              floor: f,
              areaSqm: plan.kind === ProjectKind.OFFICE ? r.int(80, 400) : r.pick([68, 89, 96, 118, 132, 144]),
            });
            households++;
            seedResidents(em, r, unit, plan.kind);
          }
        }
      }
    }
    project.households = households;
  }

  const { users, logins } = seedStaff(em, r, companyId, projects, passwordHash);
  projects.forEach((p, i) => (p.labourRateFenPerHour = [3000, 3200, 3500][i] ?? 3000));
  const key = generateApiKey();
  em.create(ApiKey, {
    companyId,
    name: '业主 App（翠湖花园）',
    prefix: key.prefix,
    secretHash: key.hash,
    scopes: ['catalog:read', 'orders:read', 'orders:write', 'complaints:write'],
    projectId: projects[0]!.id,
    createdById: users[0]!.id,
  });
  return { company, projects, users, logins, apiKeyToken: key.token };
}

function seedResidents(em: EntityManager, r: Rng, unit: Unit, kind: ProjectKind) {
  const base = { companyId: unit.companyId, projectId: unit.projectId, unitId: unit.id, active: true };
  if (r.chance(0.06)) return; // vacant and unsold units exist
  em.create(Resident, { ...base, name: kind === ProjectKind.OFFICE ? `${chineseName(r)}` : chineseName(r), phone: mobile(r), kind: ResidentKind.OWNER });
  if (r.chance(kind === ProjectKind.OFFICE ? 0.6 : 0.25)) {
    em.create(Resident, { ...base, name: chineseName(r), phone: mobile(r), kind: ResidentKind.TENANT });
  } else if (r.chance(0.3)) {
    em.create(Resident, { ...base, name: chineseName(r), phone: mobile(r), kind: ResidentKind.OCCUPANT });
  }
}

function seedStaff(em: EntityManager, r: Rng, companyId: string, projects: Project[], passwordHash: string) {
  const users: StaffUser[] = [];
  const logins: DemoLogin[] = [];
  const add = (login: string, name: string, label: string, roles: RoleAssignment[]) => {
    const user = em.create(StaffUser, {
      companyId,
      name,
      email: `${login}@${DEMO_DOMAIN}`,
      phone: mobile(r),
      passwordHash,
      roles,
      active: true,
    });
    users.push(user);
    logins.push({ login: user.email!, name, role: label });
    return user;
  };

  add('gm', '王建国', '总经理 general manager', [{ role: 'general_manager', projectId: null }]);
  add('quality', '周品质', '品质管理部 quality', [{ role: 'quality', projectId: null }]);
  projects.forEach((project, i) => {
    const n = i + 1;
    const p = project.id;
    add(`pm${n}`, chineseName(r), `项目经理 project manager · ${project.name}`, [{ role: 'project_manager', projectId: p }]);
    add(`eng-sup${n}`, chineseName(r), `工程部主管 supervisor · ${project.name}`, [{ role: 'supervisor', projectId: p, department: 'engineering' }]);
    add(`clean-sup${n}`, chineseName(r), `保洁主管 supervisor · ${project.name}`, [{ role: 'supervisor', projectId: p, department: 'cleaning' }]);
    add(`cs-sup${n}`, chineseName(r), `客服主管 supervisor · ${project.name}`, [{ role: 'supervisor', projectId: p, department: 'customer_service' }]);
    add(`desk${n}`, chineseName(r), `客服前台 front desk · ${project.name}`, [{ role: 'front_desk', projectId: p }]);
    add(`worker${n}a`, chineseName(r), `维修工 worker · ${project.name}`, [{ role: 'worker', projectId: p }]);
    add(`worker${n}b`, chineseName(r), `保洁员 worker · ${project.name}`, [{ role: 'worker', projectId: p }]);
    add(`finance${n}`, chineseName(r), `财务 finance · ${project.name}`, [{ role: 'finance', projectId: p }]);
    add(`keeper${n}`, chineseName(r), `管家 housekeeper · ${project.name}`, [{ role: 'housekeeper', projectId: p }]);
    add(`eng${n}`, chineseName(r), `工程部 engineering · ${project.name}`, [{ role: 'engineering', projectId: p }]);
  });
  return { users, logins };
}
