import {
  addMonths,
  COMPLAINT_SEVERITIES,
  DEFAULT_FOLLOW_UP_RULES,
  followUpSampleBucket,
  followUpVisitor,
  monthRange,
  shanghaiDate,
  shanghaiMonthKey,
  type FollowUpSubject,
} from '@wuye/domain';
import type pg from 'pg';
import { catalogTemplate, priced } from '../db/seed/catalog.js';
import { MATTERS, RATINGS, SUGGESTIONS } from '../db/seed/complaints.js';
import { DESCRIPTIONS } from '../db/seed/orders.js';
import { GIVEN, SURNAMES } from '../db/seed/random.js';
import { defaultSettings } from '../modules/settings/company-settings.entity.js';

/**
 * A deterministic synthetic history for the performance suite (`npm run seed:large`): one
 * company with 100 projects, a unit per five orders, residents, staff for every role, the
 * sample catalog published in every project, and `orders` service orders over the 24 months
 * before the anchor day with their quote lines, materials requisitions, payments, follow-up
 * visits, complaints, suggestions and repeats, plus the P&L rollup of the closed months.
 *
 * Rows are generated inside PostgreSQL (`insert … select` over generate_series, one
 * statement per month of orders) from hashes of the row number (hashint8extended, which
 * hash partitioning keeps stable across versions and platforms), so the same anchor gives
 * the same rows. Follow-up sampling runs the domain's rule in Node and goes back as arrays.
 */

const DAY_MS = 86_400_000;

/** Every synthetic row's company: the guard recognises the synthetic data by it. */
export const SYNTHETIC_COMPANY_ID = synId(1, 1);
export const SYNTHETIC_COMPANY_CODE = 'SYNTH';
export const SYNTHETIC_PASSWORD = 'Bench@2026';
export const SYNTHETIC_DOMAIN = 'synthetic.wuye.cn';
/** Raised when the generator changes what it writes, so a kept benchmark database is loaded again. */
export const SYNTHETIC_VERSION = 1;

/** Id families: the kind is part of every id, so ids never collide and a row's id names its kind. */
const K = {
  company: 1,
  project: 2,
  building: 3,
  unit: 4,
  owner: 5,
  tenant: 6,
  staff: 7,
  item: 8,
  priceList: 9,
  entry: 10,
  order: 11,
  quoteLine: 12,
  requisition: 13,
  payment: 14,
  complaint: 15,
  followUp: 16,
  nonconformity: 17,
} as const;

/** A deterministic UUID-shaped id: `00000000-0000-7KKK-8NNN-NNNNNNNNNNNN` (kind, number in hex). */
export function synId(kind: number, n: number): string {
  const h = n.toString(16).padStart(15, '0');
  return `00000000-0000-7${kind.toString(16).padStart(3, '0')}-8${h.slice(0, 3)}-${h.slice(3)}`;
}

/** The same id computed by SQL from a bigint expression. */
function idSql(kind: number, n: string): string {
  const hex = `lpad(to_hex(${n}), 15, '0')`;
  return `('00000000-0000-7${kind.toString(16).padStart(3, '0')}-8' || substr(${hex}, 1, 3) || '-' || substr(${hex}, 4, 12))::uuid`;
}

/** A uniform number in [0, 1) from a bigint expression and a salt (one independent stream per salt). */
const u = (n: string, salt: number) => `(abs(hashint8extended(${n}, ${salt}) % 1000003)::float8 / 1000003)`;

/** Staff of a project, by their position in its team. */
const TEAM = ['pm', 'desk', 'eng-sup', 'clean-sup', 'cs-sup', 'worker-a', 'worker-b', 'worker-c', 'worker-d', 'finance', 'keeper'] as const;
const TEAM_SIZE = TEAM.length;
const staffNo = (project: string, member: number | string) => `(3 + (${project} - 1) * ${TEAM_SIZE} + ${member})`;

export interface SyntheticOptions {
  orders: number;
  /** 100 unless told otherwise (fewer when there are under 100 orders per project). */
  projects?: number;
  /** The day the history ends (00:00 Asia/Shanghai); today's by default. */
  anchor?: Date;
}

/** How many rows of each kind a size gives: the numbers the seed promises (docs/PERFORMANCE.md). */
export interface SyntheticPlan {
  orders: number;
  projects: number;
  unitsPerProject: number;
  units: number;
  buildings: number;
  owners: number;
  tenants: number;
  staff: number;
  catalogItems: number;
  priceLists: number;
  priceListEntries: number;
  complaints: number;
  suggestions: number;
  months: number;
  anchor: Date;
  start: Date;
}

export const HISTORY_MONTHS = 24;
const UNITS_PER_BUILDING = 100;

/** Midnight in Shanghai of the day `at` falls on. */
export function shanghaiMidnight(at: Date): Date {
  return new Date(`${shanghaiDate(at)}T00:00:00+08:00`);
}

export function syntheticPlan(opts: SyntheticOptions): SyntheticPlan {
  const orders = Math.floor(opts.orders);
  if (!Number.isSafeInteger(orders) || orders < 100) throw new RangeError('--orders must be a whole number of at least 100');
  const projects = Math.max(1, Math.min(opts.projects ?? 100, Math.floor(orders / 100)));
  const unitsPerProject = Math.max(10, Math.floor(orders / 5 / projects));
  const units = unitsPerProject * projects;
  const anchor = shanghaiMidnight(opts.anchor ?? new Date());
  const start = new Date(anchor);
  start.setUTCMonth(start.getUTCMonth() - HISTORY_MONTHS);
  return {
    orders,
    projects,
    unitsPerProject,
    units,
    buildings: Math.ceil(unitsPerProject / UNITS_PER_BUILDING) * projects,
    // Every sixteenth unit is vacant; every fifth (k % 5 = 1) is let to a tenant.
    owners: units - Math.floor(units / 16),
    tenants: Math.floor((units - 1) / 5) + 1,
    staff: 2 + TEAM_SIZE * projects,
    catalogItems: catalogTemplate().length,
    priceLists: projects,
    priceListEntries: projects * catalogTemplate().length,
    // About one valid complaint a month per 170 households: under the 1 % target, with the usual spread.
    complaints: Math.floor(orders / 35),
    suggestions: Math.floor(orders / 250),
    months: HISTORY_MONTHS,
    anchor,
    start,
  };
}

export type Progress = (message: string) => void;

/** Companies in the database other than the synthetic one: real data the seed must not touch unasked. */
export async function nonSyntheticCompanies(client: pg.ClientBase): Promise<Array<{ id: string; code: string; name: string }>> {
  const { rows } = await client.query('select id, code, name from company where id <> $1 order by code', [SYNTHETIC_COMPANY_ID]);
  return rows;
}

export class NonSyntheticDataError extends Error {
  constructor(readonly companies: Array<{ code: string; name: string }>) {
    super(
      `The database holds data that is not synthetic (companies: ${companies.map((c) => `${c.code} ${c.name}`).join(', ')}). ` +
        'seed:large refuses to write into it; use an empty database (another DATA_DIR or DATABASE_URL), ' +
        'or pass --allow-non-synthetic to add the synthetic company beside that data.',
    );
  }
}

const tablesWithCompany = async (client: pg.ClientBase): Promise<string[]> =>
  (
    await client.query(
      `select table_name from information_schema.columns
        where table_schema = 'public' and column_name = 'company_id' order by table_name`,
    )
  ).rows.map((r: { table_name: string }) => r.table_name);

/**
 * Removes an earlier synthetic history. A database with nothing but synthetic data is
 * truncated (fast); beside other companies' data, only the synthetic company's rows go.
 */
async function clearSynthetic(client: pg.ClientBase, othersPresent: boolean): Promise<void> {
  if (!othersPresent) {
    const { rows } = await client.query(
      `select tablename from pg_tables where schemaname = 'public' and tablename <> 'mikro_orm_migrations' order by tablename`,
    );
    if (rows.length) await client.query(`truncate table ${rows.map((r: { tablename: string }) => `"${r.tablename}"`).join(', ')}`);
    return;
  }
  for (const table of await tablesWithCompany(client)) await client.query(`delete from "${table}" where company_id = $1`, [SYNTHETIC_COMPANY_ID]);
  await client.query('delete from company where id = $1', [SYNTHETIC_COMPANY_ID]);
}

/** Multi-row insert of a few hundred plain rows (the small tables). */
async function insertRows(client: pg.ClientBase, table: string, rows: Array<Record<string, unknown>>): Promise<void> {
  if (!rows.length) return;
  const columns = Object.keys(rows[0]!);
  for (let at = 0; at < rows.length; at += 500) {
    const chunk = rows.slice(at, at + 500);
    const params: unknown[] = [];
    const values = chunk.map((row) => `(${columns.map((c) => `$${params.push(row[c])}`).join(', ')})`);
    await client.query(`insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${values.join(', ')}`, params);
  }
}

const sqlText = (s: string) => `'${s.replace(/'/g, "''")}'`;
const sqlArray = (xs: readonly string[]) => `array[${xs.map(sqlText).join(', ')}]`;
/** A name and a mobile number from a bigint expression: the same k gives the same person everywhere. */
const nameSql = (k: string) =>
  `(${sqlArray(SURNAMES)})[1 + ((${k}) % ${SURNAMES.length})::int] || (${sqlArray(GIVEN)})[1 + (((${k}) / ${SURNAMES.length}) % ${GIVEN.length})::int]`;
const phoneSql = (k: string) => `'1' || (array['38','39','58','59','86','87','36','35'])[1 + ((${k}) % 8)::int] || lpad((((${k})::bigint * 7919 + 13) % 100000000)::text, 8, '0')`;
const projectCode = (p: string) => `('P' || lpad((${p})::text, 3, '0'))`;

export interface SyntheticResult {
  plan: SyntheticPlan;
  counts: Record<string, number>;
  seconds: number;
}

/**
 * Loads the history in one transaction on `client` (a crash leaves nothing half-written).
 * Refuses when other companies' data is present unless `allowNonSynthetic`. The caller
 * fills the P&L rollup and vacuums afterwards (both need the data committed).
 */
export async function loadSyntheticHistory(
  client: pg.ClientBase,
  opts: SyntheticOptions & { allowNonSynthetic?: boolean; passwordHash: string; progress?: Progress },
): Promise<SyntheticResult> {
  const plan = syntheticPlan(opts);
  const say = opts.progress ?? (() => undefined);
  const started = Date.now();
  const others = await nonSyntheticCompanies(client);
  if (others.length && !opts.allowNonSynthetic) throw new NonSyntheticDataError(others);

  await client.query('begin');
  try {
    await client.query("set local statement_timeout = 0; set local synchronous_commit = off; set local maintenance_work_mem = '256MB'; set local work_mem = '64MB'");
    // Referential checks of rows generated consistently in bulk; needs a superuser (the embedded one is).
    await client.query("set local session_replication_role = 'replica'").catch(() => undefined);
    await clearSynthetic(client, others.length > 0);
    const step = async (label: string, run: () => Promise<number | void>) => {
      const t = Date.now();
      const n = await run();
      say(`  ${label}${typeof n === 'number' ? `: ${n.toLocaleString('en')} rows` : ''} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
    };
    const dropped = await dropSecondaryIndexes(client);

    await step('company, projects, buildings, units, residents, staff', () => loadOrganisation(client, plan, opts.passwordHash));
    await step('catalog and published price lists', () => loadCatalog(client, plan));
    await loadOrders(client, plan, (m, n, secs) => say(`  orders ${m}: ${n.toLocaleString('en')} (${secs.toFixed(1)} s)`));
    await step('payments', () => loadPayments(client));
    await step('complaints and suggestions', () => loadComplaints(client, plan));
    await step('follow-up visits (sampled by the domain rule)', () => loadFollowUps(client, plan));
    await step(`indexes rebuilt (${dropped.length})`, async () => {
      for (const def of dropped) await client.query(def);
    });
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  }
  return { plan, counts: await countRows(client), seconds: (Date.now() - started) / 1000 };
}

/** Loading is several times faster without maintaining the secondary indexes row by row: they are rebuilt at the end. */
async function dropSecondaryIndexes(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query(
    `select i.indexname, i.indexdef from pg_indexes i
      where i.schemaname = 'public'
        and i.tablename = any($1)
        and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
    [['service_order', 'quote_line', 'material_requisition', 'payment', 'follow_up', 'complaint']],
  );
  for (const r of rows) await client.query(`drop index "${r.indexname}"`);
  return rows.map((r: { indexdef: string }) => r.indexdef);
}

export async function countRows(client: pg.ClientBase): Promise<Record<string, number>> {
  const tables = [
    'project', 'building', 'unit', 'resident', 'staff_user', 'catalog_item', 'price_list', 'price_list_entry', 'service_order',
    'quote_line', 'material_requisition', 'payment', 'complaint', 'nonconformity', 'follow_up', 'pnl_item_month', 'sequence',
  ];
  const counts: Record<string, number> = {};
  for (const t of tables) {
    const { rows } = await client.query(`select count(*)::int as n from "${t}" where company_id = $1`, [SYNTHETIC_COMPANY_ID]);
    counts[t] = rows[0].n;
  }
  return counts;
}

async function loadOrganisation(client: pg.ClientBase, plan: SyntheticPlan, passwordHash: string): Promise<number> {
  const c = SYNTHETIC_COMPANY_ID;
  const created = new Date(plan.start.getTime() - 30 * DAY_MS);
  const settings = defaultSettings(c);
  await insertRows(client, 'company', [{ id: c, code: SYNTHETIC_COMPANY_CODE, name: '合成数据物业（压测）', created_at: created, version: 1 }]);
  await insertRows(client, 'company_settings', [
    {
      id: synId(K.company, 2),
      company_id: c,
      created_at: created,
      updated_at: created,
      version: 1,
      complaint_sla: JSON.stringify(settings.complaintSla),
      follow_up_rules: JSON.stringify(settings.followUpRules),
      repeat: JSON.stringify(settings.repeat),
      weekly_hours: JSON.stringify(settings.weeklyHours),
      make_up_day_hours: null,
      holiday_years: JSON.stringify(settings.holidayYears),
      follow_up_seed: settings.followUpSeed,
    },
  ]);
  const up = plan.unitsPerProject;
  const perProjectBuildings = plan.buildings / plan.projects;
  await client.query(
    `insert into project (id, company_id, created_at, updated_at, version, code, name, kind, address, households, labour_rate_fen_per_hour, timezone)
     select ${idSql(K.project, 'p')}, $1::uuid, $2::timestamptz, $2::timestamptz, 1, ${projectCode('p')}, '合成项目' || lpad(p::text, 3, '0'), 'residential',
            '深圳市合成区第 ' || p || ' 街', $3::int, 3000 + (p % 6) * 100, 'Asia/Shanghai'
       from generate_series(1, $4::int) p`,
    [c, created, up, plan.projects],
  );
  await client.query(
    `insert into building (id, company_id, created_at, updated_at, version, project_id, code, name, floors)
     select ${idSql(K.building, 'b')}, $1::uuid, $2::timestamptz, $2::timestamptz, 1, ${idSql(K.project, `(1 + (b - 1) / ${perProjectBuildings})`)},
            (1 + (b - 1) % ${perProjectBuildings})::text, (1 + (b - 1) % ${perProjectBuildings}) || '栋', 25
       from generate_series(1, $3::int) b`,
    [c, created, plan.buildings],
  );
  // Unit k of project p: building j / 100 + 1, floor (j % 100) / 4 + 1, room j % 4 + 1.
  await client.query(
    `insert into unit (id, company_id, created_at, updated_at, version, project_id, building_id, number, floor, area_sqm)
     select ${idSql(K.unit, 'k')}, $1::uuid, $2::timestamptz, $2::timestamptz, 1, ${idSql(K.project, 'p')}, ${idSql(K.building, `((p - 1) * ${perProjectBuildings} + j / ${UNITS_PER_BUILDING} + 1)`)},
            (j / ${UNITS_PER_BUILDING} + 1) || '-' || ((j % ${UNITS_PER_BUILDING}) / 4 + 1) || lpad((j % 4 + 1)::text, 2, '0'),
            (j % ${UNITS_PER_BUILDING}) / 4 + 1, (array[68, 89, 96, 118, 132, 144])[1 + k % 6]
       from (select k, 1 + (k - 1) / ${up} as p, (k - 1) % ${up} as j from generate_series(1, $3::int) k) s`,
    [c, created, plan.units],
  );
  await client.query(
    `insert into resident (id, company_id, created_at, updated_at, version, project_id, unit_id, name, phone, kind, active)
     select ${idSql(K.owner, 'k')}, $1::uuid, $2::timestamptz, $2::timestamptz, 1, ${idSql(K.project, `(1 + (k - 1) / ${up})`)}, ${idSql(K.unit, 'k')}, ${nameSql('k')}, ${phoneSql('k')}, 'owner'::resident_kind, true
       from generate_series(1, $3::int) k where k % 16 <> 0
     union all
     select ${idSql(K.tenant, 'k')}, $1::uuid, $2::timestamptz, $2::timestamptz, 1, ${idSql(K.project, `(1 + (k - 1) / ${up})`)}, ${idSql(K.unit, 'k')}, ${nameSql('k + 7777')}, ${phoneSql('k + 5000000')}, 'tenant'::resident_kind, true
       from generate_series(1, $3::int) k where k % 5 = 1`,
    [c, created, plan.units],
  );

  const staff: Array<Record<string, unknown>> = [];
  const person = (n: number, login: string, name: string, roles: unknown[]) =>
    staff.push({
      id: synId(K.staff, n),
      company_id: c,
      created_at: created,
      updated_at: created,
      version: 1,
      name,
      email: `${login}@${SYNTHETIC_DOMAIN}`,
      phone: `199${String(n).padStart(8, '0')}`,
      password_hash: passwordHash,
      roles: JSON.stringify(roles),
      active: true,
    });
  person(1, 'gm', '王总', [{ role: 'general_manager', projectId: null }]);
  person(2, 'quality', '周品质', [{ role: 'quality', projectId: null }]);
  for (let p = 1; p <= plan.projects; p++) {
    const projectId = synId(K.project, p);
    const tag = String(p).padStart(3, '0');
    const roles: Record<(typeof TEAM)[number], unknown> = {
      pm: { role: 'project_manager', projectId },
      desk: { role: 'front_desk', projectId },
      'eng-sup': { role: 'supervisor', projectId, department: 'engineering' },
      'clean-sup': { role: 'supervisor', projectId, department: 'cleaning' },
      'cs-sup': { role: 'supervisor', projectId, department: 'customer_service' },
      'worker-a': { role: 'worker', projectId },
      'worker-b': { role: 'worker', projectId },
      'worker-c': { role: 'worker', projectId },
      'worker-d': { role: 'worker', projectId },
      finance: { role: 'finance', projectId },
      keeper: { role: 'housekeeper', projectId },
    };
    TEAM.forEach((member, i) => {
      const n = 3 + (p - 1) * TEAM_SIZE + i;
      person(n, `${member.replace('-', '')}${tag}`, `${SURNAMES[n % SURNAMES.length]}${GIVEN[(n * 7) % GIVEN.length]}`, [roles[member]]);
    });
  }
  await insertRows(client, 'staff_user', staff);
  return 1 + plan.projects + plan.buildings + plan.units + plan.owners + plan.tenants + staff.length;
}

/** The sample catalog, priced, with its position among paid and free items (what orders pick by). */
function catalogRows() {
  const items = catalogTemplate().map((t, i) => ({ ...t, idx: i + 1, id: synId(K.item, i + 1), price: priced(t) }));
  const paid = items.filter((i) => i.kind === 'paid');
  const free = items.filter((i) => i.kind === 'free');
  return { items, paid, free, pick: [...paid, ...free] };
}

async function loadCatalog(client: pg.ClientBase, plan: SyntheticPlan): Promise<number> {
  const c = SYNTHETIC_COMPANY_ID;
  const created = new Date(plan.start.getTime() - 30 * DAY_MS);
  const { items, pick } = catalogRows();
  await insertRows(
    client,
    'catalog_item',
    items.map((t) => ({
      id: t.id, company_id: c, created_at: created, updated_at: created, version: 1, mode: t.mode, price_fen: t.priceFen, min_fen: t.minFen,
      max_fen: t.maxFen, labour_minutes: t.labourMinutes, materials_fen: t.materialsFen, overhead_bp: t.overheadBp, risk_bp: t.riskBp,
      position: t.position, category: t.category, name: t.name, unit: t.unit, kind: t.kind, active: true,
    })),
  );
  // What the order generator joins on: the published price of each item and its pick number.
  await client.query(
    `create temporary table syn_item (pick int primary key, idx int, id uuid, kind text, category text, name text, unit text, mode text,
       price_fen int, min_fen int, max_fen int, labour_minutes int, materials_fen int, overhead_bp int, risk_bp int, position int) on commit drop`,
  );
  await insertRows(
    client,
    'syn_item',
    pick.map((t, n) => ({
      pick: n, idx: t.idx, id: t.id, kind: t.kind, category: t.category, name: t.name, unit: t.unit, mode: t.price.mode,
      price_fen: t.price.priceFen ?? null, min_fen: t.price.minFen ?? null, max_fen: t.price.maxFen ?? null,
      labour_minutes: t.labourMinutes, materials_fen: t.materialsFen, overhead_bp: t.overheadBp, risk_bp: t.riskBp, position: t.position,
    })),
  );
  const effective = new Date(plan.start.getTime() - DAY_MS);
  await client.query(
    `insert into price_list (id, company_id, created_at, updated_at, version, project_id, number, state, created_by_id, submitted_by_id, submitted_at,
                             decided_by_id, decided_at, decision_reason, approval_ref, published_by_id, effective_from)
     select ${idSql(K.priceList, 'p')}, $1::uuid, $2::timestamptz, $2::timestamptz, 4, ${idSql(K.project, 'p')}, 1, 'published', ${idSql(K.staff, staffNo('p', 0))}, ${idSql(K.staff, staffNo('p', 0))}, $2::timestamptz,
            ${idSql(K.staff, '1')}, $2::timestamptz, '同意，按保本微利原则执行', ${projectCode('p')} || '-001', ${idSql(K.staff, staffNo('p', 0))}, $3::timestamptz
       from generate_series(1, $4::int) p`,
    [c, new Date(effective.getTime() - 10 * DAY_MS), effective, plan.projects],
  );
  await client.query(
    `insert into price_list_entry (id, company_id, created_at, updated_at, version, mode, price_fen, min_fen, max_fen, labour_minutes, materials_fen,
                                   overhead_bp, risk_bp, position, price_list_id, project_id, catalog_item_id, category, name, unit)
     select ${idSql(K.entry, `((p - 1) * 1000 + i.idx)`)}, $1::uuid, $2::timestamptz, $2::timestamptz, 1, i.mode::pricing_mode, i.price_fen, i.min_fen, i.max_fen, i.labour_minutes, i.materials_fen,
            i.overhead_bp, i.risk_bp, i.position, ${idSql(K.priceList, 'p')}, ${idSql(K.project, 'p')}, i.id, i.category, i.name, i.unit
       from generate_series(1, $3::int) p cross join syn_item i`,
    [c, effective, plan.projects],
  );
  return items.length + plan.priceLists + plan.priceListEntries;
}

/** Shanghai month boundaries from start to anchor: one insert statement per month of orders. */
function monthBoundaries(plan: SyntheticPlan): Date[] {
  const bounds = [plan.start];
  const first = shanghaiMonthKey(plan.start);
  for (let m = 1; ; m++) {
    const boundary = monthRange(addMonths(first, m)).start;
    if (boundary.getTime() >= plan.anchor.getTime()) break;
    bounds.push(boundary);
  }
  bounds.push(plan.anchor);
  return bounds;
}

const ORDER_STATES_RECENT = ['registered', 'quoted', 'accepted', 'dispatched', 'assigned', 'in_progress', 'completed'];
const STAGE = `case s.state when 'registered' then 0 when 'quoted' then 1 when 'accepted' then 2 when 'dispatched' then 3 when 'assigned' then 4
  when 'in_progress' then 5 when 'completed' then 6 when 'settled' then 7 when 'closed' then 8 when 'declined' then 1
  when 'cancelled' then (case when x.free then 0 else 1 end) else 0 end`;

/**
 * Orders of one month per statement: order i sits at start + (i − ½)·step (moved to 08:00–20:00
 * of its Shanghai day), so a month's orders are a range of i and numbers per project-day are
 * complete within the statement. Quote lines, requisitions and order-number counters are
 * written by the same statement (data-modifying CTEs).
 */
async function loadOrders(client: pg.ClientBase, plan: SyntheticPlan, progress: (month: string, n: number, secs: number) => void): Promise<void> {
  const c = SYNTHETIC_COMPANY_ID;
  const { paid, free } = catalogRows();
  const stepUs = ((plan.anchor.getTime() - plan.start.getTime()) * 1000) / plan.orders;
  const bounds = monthBoundaries(plan);
  const descriptionSql = `case it.category ${Object.entries(DESCRIPTIONS)
    .map(([cat, texts]) => `when ${sqlText(cat)} then (${sqlArray(texts)})[1 + (g.i % ${texts.length})]`)
    .join(' ')} else '上门服务' end`;
  const up = plan.unitsPerProject;
  const at = (minutes: string) => `(n.created + (${minutes}) * interval '1 minute')`;
  for (let b = 0; b + 1 < bounds.length; b++) {
    const from = bounds[b]!;
    const to = bounds[b + 1]!;
    const lo = Math.max(1, Math.floor((from.getTime() - plan.start.getTime()) * 1000 / stepUs) - 2);
    const hi = Math.min(plan.orders, Math.ceil((to.getTime() - plan.start.getTime()) * 1000 / stepUs) + 2);
    const t0 = Date.now();
    const { rows } = await client.query(
      `with src as materialized (
        select g.i, r.p, r.k, x.created, it.id as item_id, it.category, it.unit as item_unit, it.name as item_name, x.free, s.state, y.stage,
               y.emergency, y.amount, y.qty, y.unit_price, y.materials, y.minutes, y.rating, y.rm, y.cm, y.dm, y.am, y.sm, y.endm,
               r.owner, r.tenant, r.use_tenant,
               ${idSql(K.staff, staffNo('r.p', `(case when it.category = '便民服务' then 3 when x.free then 4 else 2 end)`))} as supervisor,
               ${idSql(K.staff, staffNo('r.p', '(5 + g.i % 4)'))} as worker,
               ${idSql(K.staff, staffNo('r.p', '1'))} as desk,
               ${descriptionSql} as description
          from (select i, t from (select i, $1::timestamptz + ((i - 0.5) * $2::float8) * interval '1 microsecond' as t
                                    from generate_series($3::int, $4::int) i) q
                 where t >= $5 and t < $6) g
          cross join lateral (select abs(hashint8extended(g.i, 1) % $7)::int as p0, abs(hashint8extended(g.i, 2) % ${up})::int as j) r0
          cross join lateral (select r0.p0 + 1 as p, r0.p0 * ${up} + r0.j + 1 as k) r1
          cross join lateral (select r1.p, r1.k, r1.k % 16 <> 0 as owner, r1.k % 5 = 1 as tenant, ${u('g.i', 5)} < 0.3 as use_tenant) r
          cross join lateral (
            select least(((date_trunc('day', g.t at time zone 'Asia/Shanghai') + interval '8 hours' + floor(${u('g.i', 3)} * 43200) * interval '1 second')
                          at time zone 'Asia/Shanghai'), $8::timestamptz - interval '10 minutes') as created,
                   ${u('g.i', 4)} >= 0.8 as free,
                   case when ${u('g.i', 4)} < 0.8 then floor(power(${u('g.i', 6)}, 1.4) * ${paid.length})::int
                        else ${paid.length} + floor(${u('g.i', 6)} * ${free.length})::int end as pick
          ) x
          join syn_item it on it.pick = x.pick
          cross join lateral (
            select case
                     when x.created > $8::timestamptz - interval '3 days' then
                       (case when x.free and (${sqlArray(ORDER_STATES_RECENT)})[1 + floor(${u('g.i', 7)} * 7)::int] = 'quoted' then 'accepted'
                             else (${sqlArray(ORDER_STATES_RECENT)})[1 + floor(${u('g.i', 7)} * 7)::int] end)
                     when ${u('g.i', 8)} < 0.05 then 'cancelled'
                     when ${u('g.i', 8)} < 0.08 and not x.free then 'declined'
                     when ${u('g.i', 8)} < 0.09 then 'rejected'
                     when ${u('g.i', 8)} < 0.12 and not x.free then 'settled'
                     else 'closed' end as state
          ) s
          cross join lateral (
            select ${STAGE} as stage,
                   not x.free and it.category = '水电类' and ${u('g.i', 9)} < 0.15 as emergency,
                   case when ${u('g.i', 10)} < 0.15 then 2000 else 1000 end as qty,
                   case when x.free then 0
                        when it.mode = 'fixed' then it.price_fen
                        else least(it.max_fen, greatest(it.min_fen, (round((it.min_fen + ${u('g.i', 11)} * (it.max_fen - it.min_fen)) / 100) * 100)::int)) end as unit_price,
                   greatest(10, round(it.labour_minutes * (0.7 + 0.6 * ${u('g.i', 12)})))::int as minutes,
                   case when ${u('g.i', 13)} < 0.6 then 5 when ${u('g.i', 13)} < 0.84 then 4 when ${u('g.i', 13)} < 0.92 then 3 when ${u('g.i', 13)} < 0.97 then 2 else 1 end as rating,
                   case when not x.free and it.category = '水电类' and ${u('g.i', 14)} < 0.4 then (3 + floor(${u('g.i', 15)} * 38))::int * 100 else 0 end as materials_raw,
                   case when ${u('g.i', 16)} < 0.08 then 250 + floor(${u('g.i', 17)} * 350) else 5 + floor(${u('g.i', 17)} * 195) end as rm_raw
          ) y0
          cross join lateral (
            select y0.stage, y0.emergency, y0.qty, y0.unit_price, (y0.unit_price * y0.qty / 1000) as amount, y0.minutes, y0.rating,
                   case when y0.stage >= 5 and s.state not in ('declined', 'cancelled', 'rejected') then y0.materials_raw else 0 end as materials,
                   z.rm, z.cm, z.dm, z.am, z.sm,
                   case s.state when 'cancelled' then 30 + floor(${u('g.i', 18)} * 570) when 'declined' then z.rm + 10 + floor(${u('g.i', 18)} * 600)
                                when 'rejected' then 10 + floor(${u('g.i', 18)} * 50) else null end as endm
              from (select case when y0.emergency then 2 + floor(${u('g.i', 19)} * 5) else y0.rm_raw end as rm) z0
              cross join lateral (select z0.rm,
                                         z0.rm + 2 + floor(${u('g.i', 20)} * (case when y0.emergency then 2 else 190 end)) as cm) z1
              cross join lateral (select z1.rm, z1.cm, z1.cm + 2 + floor(${u('g.i', 21)} * (case when y0.emergency then 2 else 50 end)) as dm) z2
              cross join lateral (select z2.rm, z2.cm, z2.dm, z2.dm + 2 + floor(${u('g.i', 22)} * (case when y0.emergency then 2 else 50 end)) as am) z3
              cross join lateral (select z3.rm, z3.cm, z3.dm, z3.am,
                                         z3.am + (case when y0.emergency then 2 + floor(${u('g.i', 23)} * 12) else 30 + floor(${u('g.i', 23)} * 400) end) as sm) z
          ) y
      ),
      numbered as (
        select src.*, row_number() over (partition by p, (created at time zone 'Asia/Shanghai')::date order by created, i) as seq,
               to_char(created at time zone 'Asia/Shanghai', 'YYYYMMDD') as day
          from src
      ),
      timed as (
        select n.*,
               ${at('n.rm')} as responded_at,
               ${at('n.cm')} as consent_at,
               ${at('n.sm')} as started_at,
               ${at('n.sm + n.minutes')} as completed_at,
               ${at(`n.sm + n.minutes + 5 + (n.i % 115)`)} as settled_at,
               ${at(`n.sm + n.minutes + 5 + (n.i % 115) + 60 + (n.i % 1380)`)} as closed_at,
               ${at('n.endm')} as ended_at
          from numbered n
      ),
      ins as (
        insert into service_order (id, company_id, created_at, updated_at, version, project_id, number, unit_id, resident_id, contact_name, contact_phone, payer_kind,
                                   description, channel, service_type, charge, urgency, state, catalog_item_id, taken_by_id, supervisor_id, worker_id,
                                   quote_version, quote_total_fen, consent_quote_version, consent_at, consent_method, consent_by, prepaid_fen, paid_fen,
                                   started_at, completed_at, minutes_spent, rating, sign_off_comment, settled_at, closed_at, reason, materials_cost_fen,
                                   response_due_at, on_site_due_at, responded_at, on_site_at)
        select ${idSql(K.order, 't.i')}, $9::uuid, t.created,
               coalesce(t.ended_at, case t.stage when 8 then (case when t.free then t.completed_at + (60 + t.i % 1380) * interval '1 minute' else t.closed_at end)
                                                 when 7 then t.settled_at when 6 then t.completed_at when 5 then t.started_at
                                                 when 4 then t.created + t.am * interval '1 minute' when 3 then t.created + t.dm * interval '1 minute'
                                                 when 2 then t.consent_at when 1 then t.responded_at else t.created end),
               1 + t.stage + (case when t.endm is null then 0 else 1 end),
               ${idSql(K.project, 't.p')}, ${projectCode('t.p')} || '-' || t.day || '-' || lpad(t.seq::text, 3, '0'),
               ${idSql(K.unit, 't.k')},
               case when t.tenant and t.use_tenant then ${idSql(K.tenant, 't.k')} when t.owner then ${idSql(K.owner, 't.k')} else null end,
               case when t.tenant and t.use_tenant then ${nameSql('t.k + 7777')} when t.owner then ${nameSql('t.k')} else '访客' end,
               case when t.tenant and t.use_tenant then ${phoneSql('t.k + 5000000')} when t.owner then ${phoneSql('t.k')} else '13800000000' end,
               (case when t.tenant and t.use_tenant then 'tenant' when t.owner then 'owner' else 'visitor' end)::payer_kind,
               t.description,
               (case when t.i % 5 = 0 then 'walk_in' when t.i % 7 = 0 then 'app' else 'phone' end)::order_channel,
               (case when t.category = '便民服务' then (case when t.i % 2 = 0 then 'housekeeping' else 'errand' end) when t.free then 'other' else 'repair' end)::service_type,
               (case when t.free then 'free' else 'paid' end)::order_charge,
               (case when t.emergency then 'emergency' else 'normal' end)::order_urgency,
               t.state::order_state, t.item_id, t.desk,
               case when t.stage >= 3 and t.state not in ('declined', 'rejected') then t.supervisor end,
               case when t.stage >= 4 and t.state not in ('declined', 'rejected') then t.worker end,
               case when not t.free and t.stage >= 1 then 1 else 0 end,
               case when not t.free and t.stage >= 1 then t.amount end,
               case when t.stage >= 2 and t.state <> 'declined' then (case when t.free then 0 else 1 end) end,
               case when t.stage >= 2 and t.state <> 'declined' then t.consent_at end,
               case when t.stage >= 2 and t.state <> 'declined' then (array['paper_signature', 'in_person', 'phone'])[1 + t.i % 3] end,
               case when t.stage >= 2 and t.state <> 'declined' then
                 (case when t.tenant and t.use_tenant then ${nameSql('t.k + 7777')} when t.owner then ${nameSql('t.k')} else '访客' end) end,
               0,
               case when not t.free and t.stage >= 7 then t.amount else 0 end,
               case when t.stage >= 5 and t.endm is null then t.started_at end,
               case when t.stage >= 6 and t.endm is null then t.completed_at end,
               case when t.stage >= 6 and t.endm is null then t.minutes end,
               case when t.stage >= 6 and t.endm is null then t.rating end,
               case when t.stage >= 6 and t.endm is null then (case when t.rating <= 2 then '不太满意' else '满意' end) end,
               case when not t.free and t.stage >= 7 then t.settled_at end,
               case when t.state = 'closed' then (case when t.free then t.completed_at + (60 + t.i % 1380) * interval '1 minute' else t.closed_at end) end,
               case t.state when 'cancelled' then '业主临时有事，取消服务' when 'declined' then '价格太高，暂不需要' when 'rejected' then '本项目暂不提供该项服务' end,
               t.materials,
               t.created + interval '4 hours',
               case when t.emergency then t.created + interval '30 minutes' end,
               case when t.stage >= 1 or t.endm is not null then t.responded_at end,
               case when t.stage >= 5 and t.endm is null then t.started_at end
          from timed t
        returning 1
      ),
      lines as (
        insert into quote_line (id, company_id, created_at, updated_at, order_id, project_id, quote_version, position, kind, catalog_item_id, price_list_id,
                                name, unit, quantity_milli, unit_price_fen, amount_fen)
        select ${idSql(K.quoteLine, 't.i')}, $9::uuid, t.responded_at, t.responded_at, ${idSql(K.order, 't.i')}, ${idSql(K.project, 't.p')}, 1, 0, 'catalog',
               t.item_id, ${idSql(K.priceList, 't.p')}, t.item_name, t.item_unit, t.qty, t.unit_price, t.amount
          from timed t where not t.free and t.stage >= 1
        returning 1
      ),
      requisitions as (
        insert into material_requisition (id, company_id, created_at, updated_at, version, order_id, project_id, cited_order_number, lines, total_cost_fen, state,
                                          requested_by_id, signed_by_id, signed_at, issued_by_id, issued_at)
        select ${idSql(K.requisition, 't.i')}, $9::uuid, t.started_at - interval '40 minutes', t.started_at - interval '10 minutes', 3, ${idSql(K.order, 't.i')},
               ${idSql(K.project, 't.p')}, ${projectCode('t.p')} || '-' || t.day || '-' || lpad(t.seq::text, 3, '0'),
               jsonb_build_array(jsonb_build_object('name', '维修辅材', 'quantityMilli', 1000, 'unit', '批', 'unitCostFen', t.materials)),
               t.materials, 'issued', t.worker, t.supervisor, t.started_at - interval '30 minutes', t.supervisor, t.started_at - interval '10 minutes'
          from timed t where t.materials > 0
        returning 1
      ),
      counters as (
        insert into sequence (company_id, key, value)
        select $9::uuid, 'order:' || ${idSql(K.project, 't.p')} || ':' || t.day, max(t.seq) from timed t group by t.p, t.day
        returning 1
      )
      select (select count(*) from ins)::int as orders, (select count(*) from lines)::int as lines,
             (select count(*) from requisitions)::int as requisitions, (select count(*) from counters)::int as counters`,
      [plan.start, stepUs, lo, hi, from, to, plan.projects, plan.anchor, c],
    );
    progress(shanghaiDate(from).slice(0, 7), rows[0].orders, (Date.now() - t0) / 1000);
  }
}

/** Settlements in time order with gap-free receipt numbers per project and Shanghai year, as the API numbers them. */
async function loadPayments(client: pg.ClientBase): Promise<number> {
  const c = SYNTHETIC_COMPANY_ID;
  const { rows } = await client.query(
    `with paid as (
       select o.id, o.project_id, o.paid_fen, o.settled_at, o.supervisor_id, o.worker_id,
              to_char(o.settled_at at time zone 'Asia/Shanghai', 'YYYY') as year,
              row_number() over (order by o.settled_at, o.id) as n,
              row_number() over (partition by o.project_id, to_char(o.settled_at at time zone 'Asia/Shanghai', 'YYYY') order by o.settled_at, o.id) as seq
         from service_order o where o.company_id = $1 and o.paid_fen > 0
     ),
     ins as (
       insert into payment (id, company_id, created_at, updated_at, order_id, project_id, amount_fen, method, stage, collected_by_id, receipt_number, idempotency_key, paid_at)
       select ${idSql(K.payment, 'p.n')}, $1::uuid, p.settled_at, p.settled_at, p.id, p.project_id, p.paid_fen,
              (case when ${u('p.n', 40)} < 0.5 then 'qr' else 'cash' end)::payment_method, 'settlement',
              case when p.paid_fen >= 10000 then p.supervisor_id else p.worker_id end,
              pr.code || '-' || p.year || '-' || lpad(p.seq::text, 6, '0'), 'syn-' || p.id, p.settled_at
         from paid p join project pr on pr.id = p.project_id
       returning 1
     ),
     counters as (
       insert into sequence (company_id, key, value)
       select $1::uuid, 'receipt:' || p.project_id || ':' || p.year, max(p.seq) from paid p group by p.project_id, p.year
       returning 1
     )
     select (select count(*) from ins)::int as n, (select count(*) from counters)::int as counters`,
    [c],
  );
  return rows[0].n;
}

/**
 * Complaints (category, validity, severity and department mixes from the demo's matters;
 * about one in eight late on a milestone, category 2 handed to the developer, the last two days
 * still open), suggestions (half adopted) and a repeat nonconformity for one valid complaint in 25.
 */
async function loadComplaints(client: pg.ClientBase, plan: SyntheticPlan): Promise<number> {
  const c = SYNTHETIC_COMPANY_ID;
  const up = plan.unitsPerProject;
  const span = plan.anchor.getTime() - plan.start.getTime();
  const matters = MATTERS.map((m, i) => ({ ...m, i }));
  const matterSql = (field: 'category' | 'department' | 'cause' | 'handling') =>
    `(${field === 'category' ? `array[${matters.map((m) => m.category).join(', ')}]` : sqlArray(matters.map((m) => String(m[field])))})[1 + s.matter]`;
  const textSql = `case s.matter ${matters.map((m) => `when ${m.i} then (${sqlArray(m.texts)})[1 + (s.n % ${m.texts.length})]`).join(' ')} end`;
  const step = (at: string, action: string, from: string | null, to: string, actor: string, note: string | null = null) =>
    `jsonb_build_object('at', to_char((${at}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'action', '${action}', 'fromState', ${from ? `'${from}'` : 'null'}, 'toState', '${to}', 'actorName', ${actor}, 'note', ${note ?? 'null'})`;
  const { rows } = await client.query(
    `with src as materialized (
       select n, x.*,
              x.created + (case when x.late then 65 + floor(${u('n', 52)} * 85) else 10 + floor(${u('n', 52)} * 45) end) * interval '1 minute' as on_site,
              x.created + (case when x.late and ${u('n', 53)} < 0.5 then 250 + floor(${u('n', 54)} * 150) else 60 + floor(${u('n', 54)} * 140) end) * interval '1 minute' as feedback,
              x.created + (case when x.severity = 'general' then (case when x.late then 10 + floor(${u('n', 55)} * 20) else 2 + floor(${u('n', 55)} * 5) end)
                                else (case when x.late then 8 + floor(${u('n', 55)} * 4) else 1 + floor(${u('n', 55)} * 5) end) * 24 end) * interval '1 hour' as resolved_raw,
              row_number() over (partition by x.p, (x.created at time zone 'Asia/Shanghai')::date order by x.created, n) as seq
         from generate_series(1, $1::int) n
         cross join lateral (
           select 1 + abs(hashint8extended(n, 50) % $2)::int as p,
                  abs(hashint8extended(n, 50) % $2)::int * ${up} + abs(hashint8extended(n, 51) % ${up})::int + 1 as k,
                  least($3::timestamptz + ((n - 0.5) * $4::float8 / $1) * interval '1 millisecond', $5::timestamptz - interval '30 minutes') as created,
                  floor(${u('n', 56)} * ${matters.length})::int as matter,
                  ${u('n', 57)} < 0.12 as late,
                  case when ${u('n', 58)} < 0.05 then 'major' when ${u('n', 58)} < 0.25 then 'serious' else 'general' end as severity,
                  ${u('n', 59)} as u_valid
         ) x
     ),
     facts as (
       select s.*, s.created > $5::timestamptz - interval '2 days' as recent,
              (s.created > $5::timestamptz - interval '2 days' or s.u_valid < 0.9) as valid,
              ${matterSql('category')} as category, ${matterSql('department')} as department,
              ${matterSql('cause')} as cause, ${matterSql('handling')} as handling,
              ${textSql} as description,
              s.created + (60 * 12 + (s.n % 600)) * interval '1 minute' as handed
         from src s
     ),
     shaped as (
       select f.*, (f.recent or f.resolved > $5::timestamptz) as open from (
         select f0.*, case when f0.category = 2 then greatest(f0.resolved_raw, f0.handed + interval '2 days') else f0.resolved_raw end as resolved from facts f0
       ) f
     ),
     ins as (
       insert into complaint (id, company_id, created_at, updated_at, version, project_id, number, kind, unit_id, resident_id, contact_name, contact_phone, description,
                              wants, channel, taken_by_id, category, valid, invalid_reason, severity, responsible_department, state, on_site_required, on_site_at,
                              first_feedback_at, findings, engineering_signed_by, handed_to_developer_at, developer_response_due_at, developer_responded_at,
                              developer_response, cause, handling, resolved_at, resolution_recorded_by, closed_at, pauses, extensions, alerts_sent, steps)
       select ${idSql(K.complaint, 's.n')}, $6::uuid, s.created,
              case when not s.valid then s.created + interval '2 hours' when s.open then s.created + interval '1 hour' else s.resolved + interval '3 hours' end,
              case when not s.valid then 2 when s.open then 2 else 6 end,
              ${idSql(K.project, 's.p')}, ${projectCode('s.p')} || '-T' || to_char(s.created at time zone 'Asia/Shanghai', 'YYYYMMDD') || '-' || lpad(s.seq::text, 3, '0'),
              'complaint', ${idSql(K.unit, 's.k')}, case when s.k % 16 <> 0 then ${idSql(K.owner, 's.k')} end,
              case when s.k % 16 <> 0 then ${nameSql('s.k')} else '业主' end, case when s.k % 16 <> 0 then ${phoneSql('s.k')} else '13800000000' end,
              s.description, '尽快处理并回复', (array['phone', 'phone', 'walk_in', 'app'])[1 + s.n % 4], ${idSql(K.staff, staffNo('s.p', 1))},
              s.category, s.valid, case when not s.valid then '经核实不属实' end, s.severity, s.department,
              case when not s.valid or not s.open then 'closed' when s.category = 2 then 'with_developer' else 'in_progress' end,
              s.category <> 3,
              case when s.valid and s.category <> 3 and (not s.open or s.n % 5 < 3) and s.on_site < $5::timestamptz then s.on_site end,
              case when s.valid and (not s.open or s.n % 10 < 7) and s.feedback < $5::timestamptz then s.feedback end,
              case when s.valid and s.category = 2 then '现场核实属实' end,
              case when s.valid and s.category = 2 then ${idSql(K.staff, staffNo('s.p', 2))} end,
              case when s.valid and s.category = 2 and s.handed < $5::timestamptz then s.handed end,
              case when s.valid and s.category = 2 and s.handed < $5::timestamptz then s.handed + interval '5 days' end,
              case when s.valid and s.category = 2 and not s.open then s.handed + interval '1 day' end,
              case when s.valid and s.category = 2 and not s.open then '开发商同意安排维修' end,
              case when s.valid and not s.open then s.cause end,
              case when s.valid and not s.open then s.handling end,
              case when s.valid and not s.open then s.resolved end,
              case when s.valid and not s.open then ${idSql(K.staff, staffNo('s.p', '(case s.department when \'engineering\' then 2 when \'cleaning\' then 3 else 4 end)'))} end,
              case when not s.valid then s.created + interval '2 hours' when not s.open then s.resolved + interval '3 hours' end,
              '[]'::jsonb, '[]'::jsonb, '[]'::jsonb,
              case when not s.valid then jsonb_build_array(${step('s.created', 'register', null, 'registered', "'前台'")}, ${step("s.created + interval '2 hours'", 'close_invalid', 'registered', 'closed', "'主管'", "'经核实不属实'")})
                   when s.open then jsonb_build_array(${step('s.created', 'register', null, 'registered', "'前台'")}, ${step("s.created + interval '1 hour'", 'accept', 'registered', 'in_progress', "'主管'")})
                   else jsonb_build_array(${step('s.created', 'register', null, 'registered', "'前台'")}, ${step("s.created + interval '1 hour'", 'accept', 'registered', 'in_progress', "'主管'")},
                                          ${step('s.resolved', 'record_resolution', 'in_progress', 'resolution_recorded', "'主管'", 's.handling')},
                                          ${step("s.resolved + interval '1 hour'", 'sign_resolution', 'resolution_recorded', 'department_signed', "'主管'")},
                                          ${step("s.resolved + interval '2 hours'", 'verify', 'department_signed', 'verified', "'前台'")},
                                          ${step("s.resolved + interval '3 hours'", 'close', 'verified', 'closed', "'前台'")}) end
         from shaped s
       returning id, project_id, unit_id, valid, created_at, number
     ),
     repeats as (
       insert into nonconformity (id, company_id, created_at, updated_at, version, project_id, source, key, unit_id, message_key, params, records, state,
                                  corrective_action, closed_at, closed_by_id)
       select ${idSql(K.nonconformity, `('x' || lpad(substr(replace(i.id::text, '-', ''), 18, 15), 16, '0'))::bit(64)::bigint`)},
              $6::uuid, i.created_at, i.created_at, 1, i.project_id, 'same_matter', 'same_matter:' || i.id, i.unit_id, 'complaint.repeat.sameMatter',
              jsonb_build_object('count', 2, 'days', 90), jsonb_build_array(jsonb_build_object('kind', 'Complaint', 'id', i.id, 'label', i.number)),
              case when i.created_at < $5::timestamptz - interval '30 days' then 'closed' else 'open' end,
              case when i.created_at < $5::timestamptz - interval '30 days' then '针对重复问题制定整改措施并加入月度检查' end,
              case when i.created_at < $5::timestamptz - interval '30 days' then i.created_at + interval '5 days' end, null
         from ins i where i.valid and abs(hashtextextended(i.id::text, 60) % 25) = 0
       returning 1
     ),
     counters as (
       insert into sequence (company_id, key, value)
       select $6::uuid, 'complaint:' || ${idSql(K.project, 's.p')} || ':' || to_char(s.created at time zone 'Asia/Shanghai', 'YYYYMMDD'), max(s.seq)
         from shaped s group by s.p, to_char(s.created at time zone 'Asia/Shanghai', 'YYYYMMDD')
       returning 1
     )
     select (select count(*) from ins)::int as complaints, (select count(*) from repeats)::int as repeats, (select count(*) from counters)::int as counters`,
    [plan.complaints, plan.projects, plan.start, span, plan.anchor, c],
  );
  // Suggestions: numbered after the day's complaints, so the counters stay the day's highest number.
  const suggestions = await client.query(
    `with src as (
       select n, 1 + abs(hashint8extended(n, 70) % $2)::int as p,
              abs(hashint8extended(n, 70) % $2)::int * ${up} + abs(hashint8extended(n, 71) % ${up})::int + 1 as k,
              least($3::timestamptz + ((n - 0.5) * $4::float8 / $1) * interval '1 millisecond', $5::timestamptz - interval '1 day') as created,
              ${u('n', 72)} < 0.5 as adopted
         from generate_series(1, $1::int) n
     ),
     numbered as (
       select s.*, to_char(s.created at time zone 'Asia/Shanghai', 'YYYYMMDD') as day,
              coalesce(q.value, 0) + row_number() over (partition by s.p, to_char(s.created at time zone 'Asia/Shanghai', 'YYYYMMDD') order by s.created, s.n) as seq,
              s.created + (1 + s.n % 5) * interval '1 day' as decided_at
         from src s
         left join sequence q on q.company_id = $6::uuid and q.key = 'complaint:' || ${idSql(K.project, 's.p')} || ':' || to_char(s.created at time zone 'Asia/Shanghai', 'YYYYMMDD')
     ),
     ins as (
       insert into complaint (id, company_id, created_at, updated_at, version, project_id, number, kind, unit_id, resident_id, contact_name, contact_phone, description,
                              channel, taken_by_id, responsible_department, state, decision_reason, resident_told_at, closed_at, pauses, extensions, alerts_sent, steps)
       select ${idSql(K.complaint, `(1000000000 + s.n)`)}, $6::uuid, s.created, case when s.decided_at < $5 then s.decided_at + interval '1 day' else s.created end,
              case when s.decided_at < $5 then 3 else 1 end,
              ${idSql(K.project, 's.p')}, ${projectCode('s.p')} || '-T' || s.day || '-' || lpad(s.seq::text, 3, '0'), 'suggestion',
              ${idSql(K.unit, 's.k')}, case when s.k % 16 <> 0 then ${idSql(K.owner, 's.k')} end,
              case when s.k % 16 <> 0 then ${nameSql('s.k')} else '业主' end, case when s.k % 16 <> 0 then ${phoneSql('s.k')} else '13800000000' end,
              (${sqlArray(SUGGESTIONS)})[1 + s.n % ${SUGGESTIONS.length}], 'walk_in', ${idSql(K.staff, staffNo('s.p', 1))}, 'customer_service',
              case when s.decided_at < $5 then 'closed' else 'registered' end,
              case when s.decided_at < $5 then (case when s.adopted then '已纳入下季度改进计划' else '经评估暂不具备实施条件' end) end,
              case when s.decided_at < $5 then s.decided_at + interval '1 day' end,
              case when s.decided_at < $5 then s.decided_at + interval '1 day' end,
              '[]'::jsonb, '[]'::jsonb, '[]'::jsonb,
              case when s.decided_at < $5 then
                (case when s.adopted then
                   jsonb_build_array(${step('s.created', 'register', null, 'registered', "'前台'")},
                                     ${step('s.decided_at', 'adopt', 'registered', 'adopted', "'项目经理'", "'已纳入下季度改进计划'")},
                                     ${step("s.decided_at + interval '1 day'", 'tell_resident', 'adopted', 'closed', "'前台'")})
                 else
                   jsonb_build_array(${step('s.created', 'register', null, 'registered', "'前台'")},
                                     ${step('s.decided_at', 'decline', 'registered', 'not_adopted', "'项目经理'", "'经评估暂不具备实施条件'")},
                                     ${step("s.decided_at + interval '1 day'", 'tell_resident', 'not_adopted', 'closed', "'前台'")}) end)
              else jsonb_build_array(${step('s.created', 'register', null, 'registered', "'前台'")}) end
         from numbered s
       returning 1
     ),
     counters as (
       insert into sequence (company_id, key, value)
       select $6::uuid, 'complaint:' || ${idSql(K.project, 's.p')} || ':' || s.day, max(s.seq) from numbered s group by s.p, s.day
       on conflict (company_id, key) do update set value = greatest(sequence.value, excluded.value)
       returning 1
     )
     select (select count(*) from ins)::int as n`,
    [plan.suggestions, plan.projects, plan.start, span, plan.anchor, c],
  );
  return rows[0].complaints + rows[0].repeats + suggestions.rows[0].n;
}

const FOLLOW_UP_BATCH = 100_000;

/** A follow-up window of whole days as SQL over the completion time (the domain's followUpWindow for day rules). */
function windowSql(subject: FollowUpSubject, completed: string): { opens: string; due: string } {
  const rule = DEFAULT_FOLLOW_UP_RULES[subject];
  if (!('days' in rule.opensAfter) || rule.opensAfter.days !== 0 || !('days' in rule.dueWithin)) {
    throw new Error(`The synthetic history plans ${subject} visits with a window in days only`);
  }
  return {
    opens: completed,
    due: `((((${completed}) at time zone 'Asia/Shanghai')::date + ${rule.dueWithin.days + 1})::timestamp at time zone 'Asia/Shanghai')`,
  };
}

/**
 * A follow-up row for every completed order and resolved complaint, planned as completing the
 * work through the API would (planFollowUp): the sampling bucket is the domain's FNV-1a hash of
 * the company's seed and the id, computed in Node for every possible id and sent as one integer
 * array per 100,000 rows; selection (bucket < rate), visitor and window follow the domain's
 * default rules. Past windows were mostly visited, a few missed.
 */
async function loadFollowUps(client: pg.ClientBase, plan: SyntheticPlan): Promise<number> {
  const c = SYNTHETIC_COMPANY_ID;
  const seed = defaultSettings(c).followUpSeed;
  const rate = (subject: FollowUpSubject) => DEFAULT_FOLLOW_UP_RULES[subject].rateBasisPoints;
  const visit = (w: string) => `
           select case when b.bucket < f.rate and abs(hashtextextended(${w}.id::text, 80) % 100) < (case when f.due_at < $3 then 93 else 40 end)
                       then least($3::timestamptz - interval '1 hour', f.opens_at + (2 + abs(hashtextextended(${w}.id::text, 84) % 47)) * interval '1 hour') end as visited_at`;
  const columns = `id, company_id, created_at, updated_at, version, project_id, subject, subject_kind, subject_id, subject_label, unit_id, resident_id,
                   contact_name, contact_phone, department, completed_at, selected, bucket, rate_basis_points, visitor, opens_at, due_at, state,
                   visited_at, quality, effect, satisfaction, resident_confirmed`;
  const values = (w: string, kind: string) => `$2::uuid, ${w}.completed, coalesce(v.visited_at, ${w}.completed), case when v.visited_at is null then 1 else 2 end,
              ${w}.project_id, f.subject, '${kind}', ${w}.id, ${w}.number, ${w}.unit_id, ${w}.resident_id, ${w}.contact_name, ${w}.contact_phone, ${w}.department,
              ${w}.completed, b.bucket < f.rate, b.bucket, f.rate, f.visitor, f.opens_at, f.due_at,
              case when b.bucket >= f.rate then 'not_sampled' when v.visited_at is not null then 'visited' else 'planned' end,
              v.visited_at,
              case when v.visited_at is not null then (${sqlArray(RATINGS)})[1 + abs(hashtextextended(${w}.id::text, 81) % ${RATINGS.length})::int] end,
              case when v.visited_at is not null then (${sqlArray(RATINGS)})[1 + abs(hashtextextended(${w}.id::text, 82) % ${RATINGS.length})::int] end,
              case when v.visited_at is not null then (case when abs(hashtextextended(${w}.id::text, 83) % 100) < 85 then 'satisfied' else 'fairly_satisfied' end) end,
              v.visited_at is not null`;
  const household = windowSql('household_repair', 'o.completed_at');
  const emergency = windowSql('emergency_assistance', 'o.completed_at');
  const complaint = windowSql('complaint', 'o.resolved_at');
  let written = 0;

  for (let lo = 1; lo <= plan.orders; lo += FOLLOW_UP_BATCH) {
    const hi = Math.min(plan.orders, lo + FOLLOW_UP_BATCH - 1);
    const buckets: number[] = [];
    for (let i = lo; i <= hi; i++) buckets.push(followUpSampleBucket(seed, synId(K.order, i)));
    const { rowCount } = await client.query(
      `insert into follow_up (${columns})
       select ${idSql(K.followUp, 'w.n')}, ${values('w', 'ServiceOrder')}
         from (select o.id, o.project_id, o.number, o.unit_id, o.resident_id, o.contact_name, o.contact_phone, o.completed_at as completed,
                      case when o.service_type = 'repair' then 'engineering' else 'cleaning' end as department,
                      ('x' || lpad(substr(replace(o.id::text, '-', ''), 18, 15), 16, '0'))::bit(64)::bigint as n, o.urgency,
                      ${household.due} as household_due, ${emergency.due} as emergency_due
                 from service_order o
                where o.id between $4::uuid and $5::uuid and o.completed_at is not null) w
         join unnest($1::int[]) with ordinality as b(bucket, ord) on b.ord = w.n - $6 + 1
         cross join lateral (
           select case when w.urgency = 'emergency' then 'emergency_assistance' else 'household_repair' end as subject,
                  case when w.urgency = 'emergency' then ${rate('emergency_assistance')} else ${rate('household_repair')} end as rate,
                  case when w.urgency = 'emergency' then '${followUpVisitor('emergency_assistance')}' else '${followUpVisitor('household_repair')}' end as visitor,
                  w.completed as opens_at,
                  case when w.urgency = 'emergency' then w.emergency_due else w.household_due end as due_at
         ) f
         cross join lateral (${visit('w')}) v`,
      [buckets, c, plan.anchor, synId(K.order, lo), synId(K.order, hi), lo],
    );
    written += rowCount ?? 0;
  }

  const buckets: number[] = [];
  for (let n = 1; n <= plan.complaints; n++) buckets.push(followUpSampleBucket(seed, synId(K.complaint, n)));
  const visitorSql = `case w.severity ${COMPLAINT_SEVERITIES.map((sv) => `when '${sv}' then '${followUpVisitor('complaint', sv)}'`).join(' ')} end`;
  const { rowCount } = await client.query(
    `insert into follow_up (${columns})
     select ${idSql(K.followUp, '(1000000000 + w.n)')}, ${values('w', 'Complaint')}
       from (select o.id, o.project_id, o.number, o.unit_id, o.resident_id, o.contact_name, o.contact_phone, o.resolved_at as completed,
                    o.responsible_department as department, o.severity,
                    ('x' || lpad(substr(replace(o.id::text, '-', ''), 18, 15), 16, '0'))::bit(64)::bigint as n,
                    ${complaint.due} as due
               from complaint o
              where o.company_id = $2 and o.kind = 'complaint' and o.resolved_at is not null and o.id between $4::uuid and $5::uuid) w
       join unnest($1::int[]) with ordinality as b(bucket, ord) on b.ord = w.n
       cross join lateral (select 'complaint' as subject, ${rate('complaint')} as rate, ${visitorSql} as visitor, w.completed as opens_at, w.due as due_at) f
       cross join lateral (${visit('w')}) v`,
    [buckets, c, plan.anchor, synId(K.complaint, 1), synId(K.complaint, Math.max(1, plan.complaints))],
  );
  return written + (rowCount ?? 0);
}
