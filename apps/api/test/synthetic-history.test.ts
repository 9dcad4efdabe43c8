import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { DEFAULT_FOLLOW_UP_RULES, planFollowUp, type FollowUpSubject } from '@wuye/domain';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seedLarge } from '../src/bench/seed-large.js';
import {
  loadSyntheticHistory,
  NonSyntheticDataError,
  SYNTHETIC_COMPANY_ID,
  syntheticPlan,
} from '../src/bench/synthetic-history.js';
import { ormConfig } from '../src/db/orm-config.js';
import { defaultSettings } from '../src/modules/settings/company-settings.entity.js';
import { withDatabase } from './global-setup.js';

// Tiny: 2,000 orders in 4 projects of 100 units (the numbers syntheticPlan promises for that size).
const SIZE = { orders: 2000, projects: 4, anchor: new Date('2026-11-20T00:00:00+08:00') };
const HASH = 'not-a-real-hash';

const databases: string[] = [];
async function freshDatabase(): Promise<{ url: string; client: pg.Client }> {
  const name = `wuye_syn_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: inject('adminUrl') });
  await admin.connect();
  await admin.query(`create database "${name}" template "${inject('templateDb')}"`);
  await admin.end();
  databases.push(name);
  const url = withDatabase(inject('adminUrl'), name);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return { url, client };
}

const count = async (client: pg.Client, sql: string, params: unknown[] = [SYNTHETIC_COMPANY_ID]) =>
  Number((await client.query(sql, params)).rows[0].n);

/** A fingerprint of every order, to compare two loads. */
const fingerprint = async (client: pg.Client) =>
  (
    await client.query(
      `select md5(string_agg(id || number || state || created_at || coalesce(paid_fen, 0) || coalesce(worker_id::text, ''), ',' order by id)) as h
         from service_order`,
    )
  ).rows[0].h as string;

afterAll(async () => {
  const admin = new pg.Client({ connectionString: inject('adminUrl') });
  await admin.connect();
  for (const name of databases) await admin.query(`drop database if exists "${name}" with (force)`);
  await admin.end();
});

describe('seed:large at a tiny size', () => {
  let db: { url: string; client: pg.Client };
  let orm: MikroORM;
  let counts: Record<string, number>;

  beforeAll(async () => {
    db = await freshDatabase();
    orm = await MikroORM.init(ormConfig({ clientUrl: db.url }));
    ({ counts } = await seedLarge({ url: db.url, orm }, SIZE));
  }, 120_000);
  afterAll(async () => {
    await db.client.end();
    await orm.close(true);
  });

  it('writes the documented row counts', async () => {
    const plan = syntheticPlan(SIZE);
    expect(plan).toMatchObject({ projects: 4, unitsPerProject: 100, units: 400, buildings: 4, owners: 375, tenants: 80, staff: 46, complaints: 57, suggestions: 8 });
    expect(counts).toMatchObject({
      project: 4,
      building: 4,
      unit: 400,
      resident: 375 + 80,
      staff_user: 46,
      catalog_item: 56,
      price_list: 4,
      price_list_entry: 4 * 56,
      service_order: 2000,
      complaint: 57 + 8,
    });
    expect(await count(db.client, 'select households::int as n from project where company_id = $1 limit 1')).toBe(100);
  });

  it('derives quote lines, requisitions, payments and follow-ups from the orders, one each', async () => {
    const c = db.client;
    expect(counts.quote_line).toBe(await count(c, 'select count(*) as n from service_order where company_id = $1 and quote_version = 1'));
    expect(counts.quote_line).toBeGreaterThan(1000);
    expect(counts.material_requisition).toBe(await count(c, 'select count(*) as n from service_order where company_id = $1 and materials_cost_fen > 0'));
    expect(counts.material_requisition).toBeGreaterThan(0);
    expect(counts.payment).toBe(await count(c, 'select count(*) as n from service_order where company_id = $1 and paid_fen > 0'));
    expect(await count(c, 'select count(*) as n from payment p join service_order o on o.id = p.order_id where p.company_id = $1 and p.amount_fen <> o.paid_fen')).toBe(0);
    expect(counts.follow_up).toBe(
      (await count(c, 'select count(*) as n from service_order where company_id = $1 and completed_at is not null')) +
        (await count(c, "select count(*) as n from complaint where company_id = $1 and kind = 'complaint' and resolved_at is not null")),
    );
    // Every ending appears; only the last three days hold open work (a handful of orders at this size).
    const states = (await c.query('select distinct state::text as s from service_order')).rows.map((r) => r.s);
    expect(states).toEqual(expect.arrayContaining(['cancelled', 'closed', 'declined', 'rejected', 'settled']));
    expect(states.filter((s) => !['cancelled', 'closed', 'declined', 'rejected', 'settled'].includes(s)).length).toBeGreaterThanOrEqual(3);
    expect(await count(c, "select count(*) as n from service_order where state in ('registered', 'quoted') and created_at < $1::timestamptz - interval '3 days'", [SIZE.anchor])).toBe(0);
    expect(await count(c, 'select count(*) as n from service_order where created_at >= $1', [SIZE.anchor])).toBe(0);
  });

  it('numbers receipts gap-free per project and year, and leaves the counters at the last number', async () => {
    const gaps = await db.client.query(
      `select p.project_id, extract(year from p.paid_at at time zone 'Asia/Shanghai') as y, count(*)::int as n,
              max(split_part(p.receipt_number, '-', 3)::int) as last, s.value
         from payment p join sequence s on s.key = 'receipt:' || p.project_id || ':' || extract(year from p.paid_at at time zone 'Asia/Shanghai')
        group by 1, 2, s.value`,
    );
    expect(gaps.rows.length).toBeGreaterThan(0);
    for (const r of gaps.rows) expect([r.last, r.value]).toEqual([r.n, r.n]);
  });

  it('plans every follow-up as the domain rule does', async () => {
    const { rows } = await db.client.query(
      `select f.subject, f.subject_id, f.completed_at, f.selected, f.bucket, f.visitor, f.opens_at, f.due_at, f.state, c.severity
         from follow_up f left join complaint c on c.id = f.subject_id order by f.subject_id`,
    );
    const seed = defaultSettings(SYNTHETIC_COMPANY_ID).followUpSeed;
    for (const r of rows) {
      const p = planFollowUp({ subject: r.subject as FollowUpSubject, subjectId: r.subject_id, completedAt: r.completed_at, seed, rules: DEFAULT_FOLLOW_UP_RULES, severity: r.severity });
      expect({ selected: r.selected, bucket: r.bucket, visitor: r.visitor, opensAt: r.opens_at, dueAt: r.due_at }).toEqual({
        selected: p.selected,
        bucket: p.bucket,
        visitor: p.visitor,
        opensAt: p.opensAt,
        dueAt: p.closesAt,
      });
      if (!p.selected) expect(r.state).toBe('not_sampled');
    }
    expect(rows.filter((r) => r.selected).length).toBeGreaterThan(rows.length * 0.25);
  });

  it('fills the P&L rollup from the closed months', async () => {
    expect(counts.pnl_item_month).toBeGreaterThan(0);
    const mismatch = await count(
      db.client,
      `select count(*) as n from pnl_item_month m
        where m.company_id = $1 and m.orders <> (select count(*) from service_order o where o.project_id = m.project_id and o.catalog_item_id = m.catalog_item_id
                                                 and to_char(o.completed_at at time zone 'Asia/Shanghai', 'YYYY-MM') = m.month)`,
    );
    expect(mismatch).toBe(0);
  });

  it('gives the same rows for the same anchor, replacing the earlier history', async () => {
    const before = await fingerprint(db.client);
    const again = await loadSyntheticHistory(db.client, { ...SIZE, passwordHash: HASH });
    expect(again.counts.service_order).toBe(2000);
    expect(await fingerprint(db.client)).toBe(before);
  }, 60_000);
});

describe('seed:large guard', () => {
  it('refuses a database holding another company and writes nothing; adds beside it only when allowed', async () => {
    const { client } = await freshDatabase();
    try {
      await client.query(`insert into company (id, code, name, created_at, version) values ('00000000-0000-4000-8000-0000000000aa', 'REAL', '真实物业', now(), 1)`);
      await client.query(
        `insert into project (id, company_id, code, name, kind, households, created_at, updated_at, version)
         values ('00000000-0000-4000-8000-0000000000ab', '00000000-0000-4000-8000-0000000000aa', 'R1', '真实项目', 'residential', 10, now(), now(), 1)`,
      );

      const refused = await loadSyntheticHistory(client, { ...SIZE, passwordHash: HASH }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(NonSyntheticDataError);
      expect((refused as Error).message).toContain('REAL');
      expect(await count(client, 'select count(*) as n from company where id = $1')).toBe(0);
      expect(await count(client, 'select count(*) as n from service_order', [])).toBe(0);

      await loadSyntheticHistory(client, { ...SIZE, passwordHash: HASH, allowNonSynthetic: true });
      expect(await count(client, 'select count(*) as n from service_order where company_id = $1')).toBe(2000);
      expect(await count(client, "select count(*) as n from project where code = 'R1'", [])).toBe(1);
      expect(await count(client, "select count(*) as n from company where code = 'REAL'", [])).toBe(1);

      // Again beside the real company: the synthetic rows are replaced, the real ones kept.
      await loadSyntheticHistory(client, { ...SIZE, passwordHash: HASH, allowNonSynthetic: true });
      expect(await count(client, 'select count(*) as n from service_order where company_id = $1')).toBe(2000);
      expect(await count(client, "select count(*) as n from project where code = 'R1'", [])).toBe(1);
    } finally {
      await client.end();
    }
  }, 120_000);
});
