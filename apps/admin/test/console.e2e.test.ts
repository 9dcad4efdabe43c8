/**
 * The console in a real browser against the real product: the built API (which serves the
 * built console at `/`) on a fresh database seeded with the demo company.
 *
 * Needs `npm run build` (apps/api/dist and apps/admin/dist) and a Chromium
 * (CHROMIUM_PATH, default /usr/bin/chromium; Debian: `apt-get install chromium`).
 * DATABASE_URL, when set, is passed to the API instead of an embedded PostgreSQL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const apiEntry = join(repoRoot, 'apps/api/dist/main.js');
const consoleIndex = join(repoRoot, 'apps/admin/dist/index.html');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const databaseUrl = process.env.DATABASE_URL;

const GM = { login: 'gm@demo.wuye.cn', password: 'Demo@2026' };
const READY_TIMEOUT_MS = 90_000;

const MENU_ZH = ['项目', '楼栋', '房号', '住户', '员工', 'API 密钥', '审计日志'];
const MENU_EN = ['Projects', 'Buildings', 'Units', 'Residents', 'Staff', 'API keys', 'Audit log'];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let api: ChildProcess | undefined;
let apiOutput = '';
let baseUrl = '';
let context: BrowserContext | undefined;
const tempDirs: string[] = [];

async function startApi() {
  const port = await freePort();
  // A fresh data dir even with DATABASE_URL: the API keeps its token secret there.
  const dataDir = await mkdtemp(join(tmpdir(), 'wuye-e2e-data-'));
  tempDirs.push(dataDir);
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATA_DIR: dataDir };
  if (databaseUrl) {
    env.DATABASE_URL = databaseUrl;
  } else {
    // Its own embedded PostgreSQL port, so a dev server or another test run cannot collide.
    env.EMBEDDED_PG_PORT = String(await freePort());
  }
  api = spawn(process.execPath, [apiEntry], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const collect = (chunk: Buffer) => {
    apiOutput = (apiOutput + chunk.toString()).slice(-8_000);
  };
  api.stdout?.on('data', collect);
  api.stderr?.on('data', collect);
  baseUrl = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) throw new Error(`API exited with ${api.exitCode} before it was ready:\n${apiOutput}`);
    try {
      const res = await fetch(`${baseUrl}/readyz`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  throw new Error(`API not ready within ${READY_TIMEOUT_MS / 1000} s:\n${apiOutput}`);
}

async function stopApi() {
  const child = api;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timedOut = await Promise.race([exited.then(() => false), sleep(20_000).then(() => true)]);
  if (timedOut) {
    child.kill('SIGKILL');
    await exited;
  }
}

/** A page with no token and no stored locale, signed in as the demo general manager. */
async function signedInPage(): Promise<{ page: Page; errors: string[] }> {
  const page = await context!.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await context!.clearCookies();
  await page.goto(`${baseUrl}/`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.locator('input[name="username"]').fill(GM.login);
  await page.locator('input[name="password"]').fill(GM.password);
  await page.locator('button[type="submit"]').click();
  await page.getByRole('menuitem', { name: '审计日志', exact: true }).waitFor({ timeout: 30_000 });
  return { page, errors };
}

const menuItem = (page: Page, label: string) => page.getByRole('menuitem', { name: label, exact: true });

beforeAll(async () => {
  for (const [what, path] of [
    ['the API build (npm run build -w @wuye/api)', apiEntry],
    ['the console build (npm run build -w @wuye/admin)', consoleIndex],
    ['Chromium (apt-get install chromium, or set CHROMIUM_PATH)', chromiumPath],
  ] as const) {
    if (!existsSync(path)) throw new Error(`Missing ${what}: ${path}`);
  }
  await startApi();
  const profile = await mkdtemp(join(tmpdir(), 'wuye-e2e-chromium-'));
  tempDirs.push(profile);
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 120_000);

afterAll(async () => {
  await context?.close();
  await stopApi();
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
}, 60_000);

describe('admin console', () => {
  it('signs the general manager in and shows the Chinese menu', async () => {
    const { page, errors } = await signedInPage();
    for (const label of MENU_ZH) await menuItem(page, label).waitFor({ state: 'visible', timeout: 10_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches to English from the app bar', async () => {
    const { page, errors } = await signedInPage();
    await page.locator('header').getByRole('button', { name: '中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await menuItem(page, 'Audit log').waitFor();
    for (const label of MENU_EN) await menuItem(page, label).waitFor({ state: 'visible', timeout: 10_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists the audit entries the demo seed wrote', async () => {
    const { page, errors } = await signedInPage();
    await menuItem(page, '审计日志').click();
    await page.waitForURL(/#\/auditEntries/);
    const rows = page.locator('table tbody tr');
    await rows.first().waitFor({ timeout: 30_000 });
    expect(await rows.count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
