import { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';
import { ormConfig } from './orm-config.js';
import { migrateJobQueue } from '../jobs/worker.js';

export interface Database {
  orm: MikroORM;
  url: string;
  embedded: EmbeddedDatabase | null;
  close(): Promise<void>;
}

/** External PostgreSQL when DATABASE_URL is set; otherwise our own under DATA_DIR. Migrations run on open. */
export async function openDatabase(config: Config, log: Logger, opts: { writeSnapshot?: boolean } = {}): Promise<Database> {
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, database: 'wuye', log });
  try {
    const url = config.databaseUrl ?? embedded!.url;
    const orm = await MikroORM.init(ormConfig({ clientUrl: url, limits: config.db, log, writeSnapshot: opts.writeSnapshot }));
    const applied = await orm.getMigrator().up();
    if (applied.length) log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
    await migrateJobQueue(url, log);
    return {
      orm,
      url,
      embedded,
      async close() {
        await orm.close(true);
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
