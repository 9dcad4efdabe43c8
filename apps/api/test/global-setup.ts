import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/db/embedded-postgres.js';
import { ormConfig } from '../src/db/orm-config.js';
import { migrateJobQueue } from '../src/jobs/worker.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Server URL with a database the tests may connect to for CREATE DATABASE. */
    adminUrl: string;
    templateDb: string;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/**
 * One real PostgreSQL per test run (embedded, or DATABASE_URL's server), with a migrated
 * template database; each test file clones it into a fresh database of its own.
 */
export default async function setup(project: TestProject) {
  const log = pino({ level: 'warn' });
  let embedded: EmbeddedDatabase | null = null;
  let dataDir: string | null = null;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    dataDir = mkdtempSync(join(tmpdir(), 'wuye-test-pg-'));
    embedded = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'wuye_admin', log });
    adminUrl = embedded.url;
  }
  const templateDb = `wuye_template_${process.pid}`;
  const admin = await MikroORM.init(ormConfig({ clientUrl: adminUrl }));
  await admin.em.getConnection().execute(`drop database if exists "${templateDb}"`);
  await admin.em.getConnection().execute(`create database "${templateDb}"`);
  await admin.close(true);

  const template = await MikroORM.init(ormConfig({ clientUrl: withDatabase(adminUrl, templateDb) }));
  await template.getMigrator().up();
  await template.close(true);
  await migrateJobQueue(withDatabase(adminUrl, templateDb), log);

  project.provide('adminUrl', adminUrl);
  project.provide('templateDb', templateDb);

  return async () => {
    if (!embedded) {
      const admin = await MikroORM.init(ormConfig({ clientUrl: adminUrl! }));
      await admin.em.getConnection().execute(`drop database if exists "${templateDb}"`);
      await admin.close(true);
    }
    if (embedded) await embedded.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
