import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addMonths, shanghaiMonthKey } from '@wuye/domain';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { createLogger } from '../logger.js';
import { PnlService } from '../modules/profitability/pnl.service.js';
import { refreshPnlMonth } from '../modules/profitability/pnl-rollup.js';

/**
 * Profitability benchmark (issue: 1,000,000 orders; the company-wide 12-month report by project
 * and item under 500 ms warm, one project-month under 50 ms). Starts its own embedded
 * PostgreSQL (unless DATABASE_URL is set, which must then point at a scratch database), loads a
 * synthetic history with generate_series, fills the monthly rollup, then times the reports.
 *
 *   npm run bench            (BENCH_ORDERS=200000 npm run bench for a quicker run)
 */
const ORDERS = Number(process.env.BENCH_ORDERS ?? 1_000_000);
const PROJECTS = 20;
const ITEMS = 40;
const RUNS = 15;
const BATCH = 20_000;

/** A free TCP port for the benchmark's own PostgreSQL, so it never collides with a running product. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const dataDir = mkdtempSync(join(tmpdir(), 'wuye-bench-'));
const config = { ...loadConfig(), seedDemo: false, dataDir, embeddedPgPort: process.env.EMBEDDED_PG_PORT ? Number(process.env.EMBEDDED_PG_PORT) : await freePort() };
const db = await openDatabase(config, createLogger('warn'));
const em = db.orm.em.fork();
const now = new Date();
const current = shanghaiMonthKey(now);
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, p95: s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]!, min: s[0]! };
};

try {
  console.log(`Loading ${ORDERS.toLocaleString('en')} completed orders over 13 months: ${PROJECTS} projects × ${ITEMS} catalog items …`);
  const t0 = process.hrtime.bigint();
  await em.execute(`insert into company (id, code, name, created_at) values ('00000000-0000-4000-8000-00000000c0de', 'BENCH', '压测物业', now())`);
  const company = '00000000-0000-4000-8000-00000000c0de';
  await em.execute(
    `insert into project (id, company_id, code, name, kind, households, labour_rate_fen_per_hour, created_at, updated_at, version)
     select ('00000000-0000-4000-8001-' || lpad(i::text, 12, '0'))::uuid, ?, 'P' || i, '项目' || i, 'residential', 500, 3000 + i * 50, now(), now(), 1 from generate_series(1, ?) i`,
    [company, PROJECTS],
  );
  await em.execute(
    `insert into building (id, company_id, project_id, code, name, created_at, updated_at)
     select ('00000000-0000-4000-8002-' || lpad(i::text, 12, '0'))::uuid, ?, ('00000000-0000-4000-8001-' || lpad(i::text, 12, '0'))::uuid, '1', '1栋', now(), now() from generate_series(1, ?) i`,
    [company, PROJECTS],
  );
  await em.execute(
    `insert into unit (id, company_id, project_id, building_id, number, created_at, updated_at)
     select ('00000000-0000-4000-8003-' || lpad(i::text, 12, '0'))::uuid, ?, ('00000000-0000-4000-8001-' || lpad(i::text, 12, '0'))::uuid,
            ('00000000-0000-4000-8002-' || lpad(i::text, 12, '0'))::uuid, '1-1-101', now(), now() from generate_series(1, ?) i`,
    [company, PROJECTS],
  );
  await em.execute(
    `insert into catalog_item (id, company_id, category, name, unit, kind, mode, price_fen, labour_minutes, materials_fen, overhead_bp, risk_bp, position, created_at, updated_at)
     select ('00000000-0000-4000-8004-' || lpad(i::text, 12, '0'))::uuid, ?, '类别' || (i % 6), '服务' || i, '次', (case when i % 10 = 0 then 'free' else 'paid' end)::catalog_item_kind,
            (case when i % 10 = 0 then 'free' else 'fixed' end)::pricing_mode, case when i % 10 = 0 then 0 else 2000 + i * 100 end, 30, 0, 1000, 300, i, now(), now()
       from generate_series(1, ?) i`,
    [company, ITEMS],
  );
  const start = new Date(now.getTime() - 395 * 86_400_000);
  const span = now.getTime() - start.getTime() - 3_600_000;
  // In batches, so no single statement runs into the pool's statement timeout.
  for (let from = 1; from <= ORDERS; from += BATCH) {
    await em.execute(
      `insert into service_order (id, company_id, project_id, number, unit_id, contact_name, contact_phone, payer_kind, description, channel, service_type, charge, urgency,
                                  state, catalog_item_id, quote_version, paid_fen, prepaid_fen, materials_cost_fen, minutes_spent, completed_at, response_due_at, created_at, updated_at, version)
       select gen_random_uuid(), ?, ('00000000-0000-4000-8001-' || lpad(p::text, 12, '0'))::uuid, 'B-' || i, ('00000000-0000-4000-8003-' || lpad(p::text, 12, '0'))::uuid,
              '压测', '13800000000', 'owner', '压测订单', 'phone', 'repair', (case when it % 10 = 0 then 'free' else 'paid' end)::order_charge, 'normal', 'closed',
              ('00000000-0000-4000-8004-' || lpad(it::text, 12, '0'))::uuid, 1,
              case when it % 10 = 0 then 0 else 2000 + it * 100 end, 0, case when i % 4 = 0 then (i % 50) * 100 else 0 end, 10 + (i % 90),
              t, t, t, t, 1
         from (select i, 1 + (i % ?) as p, 1 + ((i / ?) % ?) as it, ?::timestamptz + ((i::double precision / ?) * ?) * interval '1 millisecond' as t
                 from generate_series(?::int, ?::int) i) g`,
      [company, PROJECTS, PROJECTS, ITEMS, start, ORDERS, span, from, Math.min(from + BATCH - 1, ORDERS)],
    );
  }
  // As autovacuum would have done on a live system: sets the visibility map, so the P&L index answers alone.
  await em.execute('vacuum analyze service_order');
  console.log(`  loaded in ${(ms(t0) / 1000).toFixed(1)} s`);

  const t1 = process.hrtime.bigint();
  const projects: Array<{ id: string }> = await em.execute('select id from project where company_id = ?', [company]);
  const months = Array.from({ length: 13 }, (_, i) => addMonths(current, -(i + 1)));
  for (const p of projects) for (const m of months) await refreshPnlMonth(em, company, p.id, m);
  await em.execute('analyze pnl_item_month');
  const rollupRows: Array<{ n: string }> = await em.execute('select count(*) as n from pnl_item_month');
  console.log(`Rollup of ${projects.length * months.length} project-months (${rollupRows[0]!.n} rows) built in ${(ms(t1) / 1000).toFixed(1)} s (${(ms(t1) / (projects.length * months.length)).toFixed(1)} ms per project-month refresh)`);

  const pnl = new PnlService();
  const ids = projects.map((p) => p.id);
  const time = async (label: string, target: number, run: () => Promise<unknown[]>) => {
    const rows = (await run()).length; // warm-up
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = process.hrtime.bigint();
      await run();
      samples.push(ms(t));
    }
    const s = stats(samples);
    const verdict = s.median < target ? 'OK' : 'OVER TARGET';
    console.log(`${label}: ${rows} rows · median ${s.median.toFixed(1)} ms · p95 ${s.p95.toFixed(1)} ms · min ${s.min.toFixed(1)} ms (target < ${target} ms warm) ${verdict}`);
  };
  const fork = () => db.orm.em.fork();
  await time('Company-wide 12-month P&L by project and item (11 closed months from the rollup + this month live)', 500, () =>
    pnl.itemMonths(fork(), { companyId: company, projectIds: ids, from: addMonths(current, -11), to: current, now }),
  );
  await time('Company-wide 12 closed months by project and item (rollup only)', 500, () =>
    pnl.itemMonths(fork(), { companyId: company, projectIds: ids, from: addMonths(current, -12), to: addMonths(current, -1), now }),
  );
  await time('One project, one closed month', 50, () => pnl.itemMonths(fork(), { companyId: company, projectIds: [ids[0]!], from: addMonths(current, -1), to: addMonths(current, -1), now }));
  await time('One project, the open month (live from the orders)', 50, () => pnl.itemMonths(fork(), { companyId: company, projectIds: [ids[0]!], from: current, to: current, now }));
} finally {
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
}
