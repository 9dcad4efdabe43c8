import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ormConfig } from '../src/db/orm-config.js';
import { freePort, withDatabase } from './global-setup.js';

/** The product as `npm start` runs it: the compiled API in its own process. */
const MAIN = resolve(__dirname, '../dist/main.js');

interface Started {
  proc: ChildProcess;
  url: string;
  output: () => string;
}

async function start(env: Record<string, string>): Promise<Started> {
  const port = await freePort();
  let out = '';
  const proc = spawn(process.execPath, [MAIN], {
    // NODE_ENV as `npm start` has it (vitest sets `test`, which changes library defaults).
    env: { ...process.env, NODE_ENV: 'development', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`API exited early:\n${out}`);
    // Ready, and done starting: the banner is printed once the worker runs too.
    const ok = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
    if (ok && out.includes('is running')) return { proc, url, output: () => out };
    await new Promise((r) => setTimeout(r, 250));
  }
  proc.kill('SIGKILL');
  throw new Error(`API not ready in time:\n${out}`);
}

function stop(s: Started): Promise<number | null> {
  return new Promise((resolveExit) => {
    s.proc.once('exit', (code) => resolveExit(code));
    s.proc.kill('SIGTERM');
  });
}

async function gql(url: string, query: string, token?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data: any; errors?: unknown[] };
}

async function loginGm(url: string) {
  const r = await gql(url, `mutation { login(input: { login: "gm@demo.wuye.cn", password: "Demo@2026" }) { ... on LoginSuccess { token } } }`);
  return r.data.login.token as string;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('npm start lifecycle', () => {
  it('starts its own PostgreSQL, seeds once, stops cleanly on SIGTERM and comes back with the same data', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'wuye-life-'));
    dirs.push(dataDir);
    const env = { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()) };

    const first = await start(env);
    expect(first.output()).toContain('gm@demo.wuye.cn');
    expect(first.output()).toMatch(/Demo partner API key.*wyk_/);
    expect(await (await fetch(`${first.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const token = await loginGm(first.url);
    const before = await gql(first.url, '{ projects { totalCount items { id code version } } units { totalCount } residents { totalCount } }', token);
    expect(before.data.projects.totalCount).toBe(3);
    expect(before.data.units.totalCount).toBeGreaterThan(300);
    const p = before.data.projects.items[0];
    const edit = await gql(first.url, `mutation { updateProject(input: { id: "${p.id}", version: ${p.version}, address: "重启前写入" }) { version } }`, token);
    expect(edit.errors).toBeUndefined();

    const pgPid = Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    expect(await stop(first)).toBe(0);
    expect(alive(pgPid)).toBe(false);
    expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);

    const second = await start(env);
    expect(second.output()).not.toContain('Demo partner API key');
    const token2 = await loginGm(second.url);
    const after = await gql(second.url, `{ projects { totalCount } units { totalCount } residents { totalCount } project(id: "${p.id}") { address } }`, token2);
    expect(after.data).toEqual({
      projects: { totalCount: 3 },
      units: before.data.units,
      residents: before.data.residents,
      project: { address: '重启前写入' },
    });
    expect(await stop(second)).toBe(0);
  }, 180_000);

  it('uses DATABASE_URL when set and never starts its own PostgreSQL', async () => {
    const adminUrl = inject('adminUrl');
    const db = `wuye_ext_${Date.now()}`;
    const admin = await MikroORM.init(ormConfig({ clientUrl: adminUrl }));
    await admin.em.getConnection().execute(`create database "${db}"`);
    const dataDir = mkdtempSync(join(tmpdir(), 'wuye-ext-'));
    dirs.push(dataDir);
    try {
      const s = await start({ DATA_DIR: dataDir, DATABASE_URL: withDatabase(adminUrl, db) });
      expect(s.output()).toContain('external (DATABASE_URL)');
      expect(existsSync(join(dataDir, 'pg'))).toBe(false);
      const token = await loginGm(s.url);
      expect((await gql(s.url, '{ projects { totalCount } }', token)).data.projects.totalCount).toBe(3);
      expect(await stop(s)).toBe(0);
    } finally {
      await admin.em.getConnection().execute(`drop database if exists "${db}" with (force)`);
      await admin.close(true);
    }
  }, 120_000);
});
