import 'reflect-metadata';
import { addMonths, shanghaiMonthKey } from '@wuye/domain';
import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { createLogger } from '../logger.js';
import { hashPassword } from '../modules/auth/password.js';
import { refreshPnlMonths } from '../modules/profitability/pnl-rollup.js';
import {
  loadSyntheticHistory,
  NonSyntheticDataError,
  SYNTHETIC_COMPANY_ID,
  SYNTHETIC_DOMAIN,
  SYNTHETIC_PASSWORD,
  type Progress,
  type SyntheticResult,
} from './synthetic-history.js';

export interface SeedLargeOptions {
  orders: number;
  projects?: number;
  anchor?: Date;
  allowNonSynthetic?: boolean;
  progress?: Progress;
}

/**
 * Fills the database at `url` (already migrated) with the synthetic history, then what the
 * nightly jobs and autovacuum would have done on a live system: the P&L rollup of every closed
 * month, and `vacuum analyze` (planner statistics and the visibility map index-only scans need).
 */
export async function seedLarge(db: { url: string; orm: MikroORM }, opts: SeedLargeOptions): Promise<SyntheticResult & { rollupSeconds: number; vacuumSeconds: number }> {
  const say = opts.progress ?? (() => undefined);
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    const passwordHash = await hashPassword(SYNTHETIC_PASSWORD);
    say(`Loading ${opts.orders.toLocaleString('en')} synthetic orders …`);
    const result = await loadSyntheticHistory(client, { ...opts, passwordHash, progress: say });

    let t = Date.now();
    const { rows } = await client.query('select id from project where company_id = $1', [SYNTHETIC_COMPANY_ID]);
    const em = db.orm.em.fork();
    await em.transactional(async (tx) => {
      await tx.execute('set local statement_timeout = 0');
      await refreshPnlMonths(tx, SYNTHETIC_COMPANY_ID, rows.map((r: { id: string }) => r.id), shanghaiMonthKey(result.plan.start), addMonths(shanghaiMonthKey(new Date()), -1));
    });
    const rollupSeconds = (Date.now() - t) / 1000;
    say(`  P&L rollup of the closed months (${rollupSeconds.toFixed(1)} s)`);

    t = Date.now();
    await client.query('vacuum (analyze)');
    const vacuumSeconds = (Date.now() - t) / 1000;
    say(`  vacuum analyze (${vacuumSeconds.toFixed(1)} s)`);
    const { rows: counts } = await client.query('select count(*)::int as n from pnl_item_month where company_id = $1', [SYNTHETIC_COMPANY_ID]);
    result.counts.pnl_item_month = counts[0].n;
    return { ...result, seconds: result.seconds + rollupSeconds + vacuumSeconds, rollupSeconds, vacuumSeconds };
  } finally {
    await client.end();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      orders: { type: 'string', default: '1000000' },
      projects: { type: 'string', default: '100' },
      anchor: { type: 'string' },
      'allow-non-synthetic': { type: 'boolean', default: false },
    },
  });
  const config = { ...loadConfig(), seedDemo: false };
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const db = await openDatabase(config, log);
  const started = Date.now();
  try {
    const result = await seedLarge(db, {
      orders: Number(values.orders),
      projects: Number(values.projects),
      anchor: values.anchor ? new Date(`${values.anchor}T00:00:00+08:00`) : undefined,
      allowNonSynthetic: values['allow-non-synthetic'],
      progress: (m) => console.log(m),
    });
    console.log(`\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s (history ${result.plan.start.toISOString().slice(0, 10)} → ${result.plan.anchor.toISOString().slice(0, 10)}):`);
    for (const [table, n] of Object.entries(result.counts)) console.log(`  ${table.padEnd(22)} ${n.toLocaleString('en').padStart(12)}`);
    console.log(`\nLogins (password ${SYNTHETIC_PASSWORD}): gm@${SYNTHETIC_DOMAIN}, pm001@${SYNTHETIC_DOMAIN}, desk001@${SYNTHETIC_DOMAIN} … (project 001–${String(result.plan.projects).padStart(3, '0')})`);
  } catch (error) {
    if (error instanceof NonSyntheticDataError) {
      console.error(error.message);
      process.exitCode = 2;
    } else throw error;
  } finally {
    await db.close();
  }
}

// Run as a script (npm run seed:large), not when imported by the benchmark.
if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
