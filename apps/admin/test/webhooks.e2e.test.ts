/**
 * Webhook endpoints in a real browser against the real product (see ./product.ts): the general
 * manager registers an endpoint for the demo partner key, copies the signing secret shown once,
 * and — after an order of 翠湖花园 changes state — sees the delivery in the endpoint's log,
 * resends it, and sees the second attempt. The receiver is a small HTTP server of this test,
 * which checks every signature with the secret the dialog showed.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentedFreeRepair } from './api';
import { DEMO, menuItem, useProduct } from './product';

const product = useProduct();

const received: Array<{ headers: IncomingHttpHeaders; body: string }> = [];
let server: Server;
let receiverUrl = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/wuye-hooks`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function signatureValid(r: { headers: IncomingHttpHeaders; body: string }, secret: string): boolean {
  const timestamp = Number(r.headers['wuye-webhook-timestamp']);
  if (Math.abs(Date.now() / 1000 - timestamp) > 300) return false;
  const expected = createHmac('sha256', secret).update(`${timestamp}.${r.body}`).digest();
  return String(r.headers['wuye-webhook-signature'])
    .split(',')
    .some((part) => {
      const given = Buffer.from(part.trim().replace(/^v1=/, ''), 'hex');
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
}

/** Refreshes the delivery log until a row shows the text, as a person would. */
async function waitForLogRow(page: Page, text: RegExp) {
  const log = page.locator('[data-testid="webhook-deliveries"]');
  const deadline = Date.now() + 45_000;
  while (Date.now() < deadline) {
    const row = log.locator('tbody tr', { hasText: text });
    if (await row.count()) return row.first();
    await log.getByRole('button', { name: '刷新' }).click();
    await page.waitForTimeout(1_000);
  }
  throw new Error(`no delivery row matching ${text}`);
}

describe('webhook endpoints', () => {
  it('the general manager registers an endpoint, sees a delivery in its log and resends it', async () => {
    const gm = await product().signIn(DEMO.gm, '回调地址');
    const page = gm.page;
    // From the key to its endpoints (none yet), and a new one.
    await menuItem(page, 'API 密钥').click();
    await page.locator('tbody tr', { hasText: '业主 App（翠湖花园）' }).getByRole('link', { name: '回调地址' }).click();
    await page.waitForURL(/#\/webhookEndpoints\?filter=/);
    // The list is filtered to the key (its filter shows it) before its own create button is used.
    await page.getByRole('combobox', { name: 'API 密钥' }).filter({ hasText: '业主 App（翠湖花园）' }).waitFor({ timeout: 30_000 });
    await page.getByRole('link', { name: '新建' }).click();
    await page.waitForURL(/#\/webhookEndpoints\/create/);

    // The key, the URL and two events; the secret comes back once. (The form is there once its URL
    // field is: until then the list, with its own key filter, may still be on screen.)
    await page.getByLabel('回调网址').waitFor();
    await page.waitForLoadState('networkidle');
    await page.getByRole('combobox', { name: 'API 密钥' }).click();
    await page.getByRole('option', { name: /业主 App（翠湖花园）/ }).click();
    await page.getByLabel('回调网址').fill(receiverUrl);
    await page.getByRole('checkbox', { name: '服务单状态变更' }).check();
    await page.getByRole('checkbox', { name: '服务单完工验收' }).check();
    await page.getByRole('button', { name: '保存' }).click();
    const dialog = page.getByRole('dialog', { name: /签名密钥/ });
    await dialog.waitFor({ timeout: 30_000 });
    const secret = await dialog.getByRole('textbox').inputValue();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    await dialog.getByRole('button', { name: '我已保存，关闭' }).click();
    await page.locator('[data-testid="endpoint-url"]', { hasText: receiverUrl }).waitFor({ timeout: 30_000 });
    await page.locator('main [data-testid="endpoint-status"]', { hasText: '正常' }).waitFor();

    // The front desk's next step on an order of 翠湖花园 (consent: 已登记 → 业主已确认) is an event for this key.
    const order = await consentedFreeRepair(page, '厨房灯不亮（回调测试）');
    const row = await waitForLogRow(page, /已送达/);
    await expect(row.textContent()).resolves.toMatch(/服务单状态变更/);
    await expect(row.textContent()).resolves.toMatch(/204/);
    const first = received.find((r) => JSON.parse(r.body).entityId === order.id)!;
    expect(first).toBeDefined();
    expect(signatureValid(first, secret)).toBe(true);
    const eventId = String(first.headers['wuye-webhook-id']);
    expect(JSON.parse(first.body)).toMatchObject({ id: eventId, type: 'order.status_changed', data: { order: { id: order.id, state: 'ACCEPTED' }, previousState: 'REGISTERED' } });

    // Resend: the same event again, and the log counts the second attempt.
    const sent = received.length;
    await row.getByRole('button', { name: '重新推送' }).click();
    await page.getByText('已安排重新推送').waitFor({ timeout: 10_000 });
    const deadline = Date.now() + 30_000;
    while (received.length === sent && Date.now() < deadline) await page.waitForTimeout(250);
    const again = received.slice(sent).find((r) => r.headers['wuye-webhook-id'] === eventId);
    expect(again?.body).toBe(first.body);
    expect(signatureValid(again!, secret)).toBe(true);
    await waitForLogRow(page, new RegExp(`${eventId.slice(-12)}.*已送达\\s*2`));
    expect(gm.errors).toEqual([]);
    await page.close();
  });
});
