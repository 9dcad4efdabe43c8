import type { MikroORM } from '@mikro-orm/postgresql';
import { hashPassword } from '../../modules/auth/password.js';
import { Company } from '../../modules/company/company.entity.js';
import { requestScope, systemScope } from '../../request-scope.js';
import { rng } from './random.js';
import { seedCatalogTemplate, seedPriceLists } from './catalog.js';
import { seedCleaningAgreement, seedOrderHistory } from './orders.js';
import { seedComplaintHistory } from './complaints.js';
import { seedDerivedQuality, seedQualityHistory } from './quality.js';
import { systemDataCtx } from '../../context.js';
import { Project } from '../../modules/projects/project.entity.js';
import { StaffUser } from '../../modules/staff/staff-user.entity.js';
import { refreshRecentMonths } from '../../modules/profitability/pnl-rollup.js';
import { DEMO_PASSWORD, seedOrganisation, type DemoLogin } from './organisation.js';

export interface DemoSeedResult {
  seeded: boolean;
  logins: DemoLogin[];
  apiKeyToken?: string;
}

/**
 * Fills an empty database with the demo company. Idempotent: if any company exists it
 * does nothing, so a second start adds nothing and real data is never touched.
 */
export async function seedDemo(orm: MikroORM): Promise<DemoSeedResult> {
  const em = orm.em.fork();
  if ((await em.count(Company, {})) > 0) return { seeded: false, logins: [] };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return requestScope.run(systemScope('seedDemo'), async () => {
    const result = await em.transactional(async (tx) => {
      const org = await seedOrganisation(tx, rng(20261125), passwordHash);
      const items = seedCatalogTemplate(tx, org.company);
      const published = seedPriceLists(tx, org.projects, items, org.users);
      await tx.flush();
      // History is imported data, not business mutations: bulk inserts, no audit entries.
      const now = new Date();
      await seedOrderHistory({ em: tx, r: rng(20261126), now, projects: org.projects, users: org.users, published });
      await seedCleaningAgreement(tx, org, published, now);
      await seedComplaintHistory({ em: tx, r: rng(20261127), now, projects: org.projects, users: org.users });
      await refreshRecentMonths(tx, now);
      await seedQualityHistory({ em: tx, r: rng(20261128), now, projects: org.projects, users: org.users });
      return { seeded: true, companyId: org.company.id, now, logins: org.logins, apiKeyToken: org.apiKeyToken };
    });
    // Appraisals and KPI months are derived by the API's own services from the committed history.
    const ctx = systemDataCtx(orm.em, result.companyId, result.now);
    const [projects, users] = await Promise.all([ctx.em.find(Project, {}, { orderBy: { code: 'asc' } }), ctx.em.find(StaffUser, {})]);
    await seedDerivedQuality(ctx, rng(20261129), projects, users);
    return { seeded: true, logins: result.logins, apiKeyToken: result.apiKeyToken };
  });
}
