import 'reflect-metadata';
import { loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { isUnavailable } from './graphql/errors.js';
import { seedDemo } from './db/seed/demo.js';
import { DEMO_PASSWORD } from './db/seed/organisation.js';
import { createLogger } from './logger.js';
import { startServer } from './server.js';
import { startWorker } from './jobs/worker.js';

const config = loadConfig();
const log = createLogger(config.logLevel);

// graphile-worker leaves a promise of its own unhandled when its cron cannot reach the database,
// and Node ends the process for that. A lost database is survived instead (requests answer 503,
// the job worker is started again); any other unhandled rejection still ends the process.
process.on('unhandledRejection', (reason) => {
  if (isUnavailable(reason)) {
    log.warn({ err: reason }, 'database unavailable in background work');
    return;
  }
  log.fatal({ err: reason }, 'unhandled rejection');
  process.exit(1);
});

async function main() {
  const db = await openDatabase(config, log);
  const demo = config.seedDemo ? await seedDemo(db.orm) : { seeded: false, logins: [] };
  if (demo.seeded) log.info({ users: demo.logins.length }, 'demo data seeded');
  const server = await startServer({ orm: db.orm, config, log }).catch(async (error) => {
    await db.close();
    throw error;
  });
  const worker = await startWorker({ orm: db.orm, connectionString: db.url, log });

  const lines = [
    '',
    `  物业运营平台 Wuye OS is running: ${server.url}`,
    `  GraphQL: ${server.url}/graphql   health: ${server.url}/healthz   ready: ${server.url}/readyz`,
    `  Database: ${config.databaseUrl ? 'external (DATABASE_URL)' : `embedded PostgreSQL in ${config.dataDir}/pg`}`,
    '',
    `  Demo logins (password ${DEMO_PASSWORD}):`,
    '    gm@demo.wuye.cn        总经理 general manager',
    '    pm1@demo.wuye.cn       项目经理 project manager, 翠湖花园',
    '    desk1@demo.wuye.cn     客服前台 front desk, 翠湖花园',
    '    eng-sup1@demo.wuye.cn  工程部主管 supervisor, 翠湖花园',
    '    worker1a@demo.wuye.cn  维修工 worker, 翠湖花园',
    '    finance1@demo.wuye.cn  财务 finance, 翠湖花园',
    '    quality@demo.wuye.cn   品质管理部 quality',
    ...(demo.apiKeyToken ? ['', `  Demo partner API key (shown once, on first start): ${demo.apiKeyToken}`] : []),
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: draining requests');
    const force = setTimeout(() => {
      log.error('shutdown took too long; exiting');
      process.exit(1);
    }, 25_000);
    try {
      await server.stop();
      log.info('requests drained');
      await worker.stop();
      log.info('job worker stopped');
      await db.close();
      log.info('stopped cleanly');
      clearTimeout(force);
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, 'error during shutdown');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  log.fatal({ err: error }, 'failed to start');
  process.exit(1);
});
