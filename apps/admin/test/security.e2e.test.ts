/**
 * The console and hostile or personal data, in a real browser against the real product
 * (./product.ts): text stored with script in it shows as text and runs nothing; finance sees
 * residents' numbers masked and reveals one on purpose (recorded in the audit log); the GM
 * rotates a partner key and gets the new secret once.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gql, loginAs } from './api';
import { DEMO, menuItem, useProduct } from './product';

const product = useProduct();

const XSS = {
  resident: '<img src=x onerror="window.__xss=1">王五',
  complaint: '<script>window.__xss=2</script>楼道灯坏了',
  order: '"><svg onload="window.__xss=3">水管漏水',
};

/** Nothing stored ran: no flag, no alert, no element the text would have made. */
async function expectInert(page: Page, dialogs: string[]) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(await page.locator('main img[src="x"], main svg[onload], main script').count()).toBe(0);
}

describe('console security', () => {
  it('shows stored script and markup as text, and runs none of it', async () => {
    const { page, errors } = await product().signIn(DEMO.desk, '住户');
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const { me } = await gql<{ me: { projects: Array<{ id: string; name: string }> } }>(page, '{ me { projects { id name } } }');
    const project = me.projects.find((p) => p.name === '翠湖花园')!;
    const { units } = await gql<{ units: { items: Array<{ id: string }> } }>(page, 'query($p: ID) { units(filter: { projectId: $p }, take: 1) { items { id } } }', { p: project.id });
    const unitId = units.items[0]!.id;

    await gql(page, 'mutation($i: CreateResidentInput!) { createResident(input: $i) { id } }', { i: { unitId, name: XSS.resident.slice(0, 50), phone: '13611112222', kind: 'TENANT' } });
    const { registerComplaint } = await gql<{ registerComplaint: { id: string } }>(page, 'mutation($i: RegisterComplaintInput!) { registerComplaint(input: $i) { id } }', {
      i: { projectId: project.id, unitId, contactName: '李四', contactPhone: '13611113333', description: XSS.complaint, channel: 'phone', category: 3, valid: true, severity: 'GENERAL', responsibleDepartment: 'SECURITY' },
    });
    const { registerServiceOrder } = await gql<{ registerServiceOrder: { id: string } }>(page, 'mutation($i: RegisterServiceOrderInput!) { registerServiceOrder(input: $i) { id } }', {
      i: { unitId, contactName: '李四', contactPhone: '13611113333', description: XSS.order, channel: 'PHONE', serviceType: 'REPAIR', charge: 'FREE', urgency: 'EMERGENCY' },
    });

    await page.goto(`${product().baseUrl}/#/residents?filter=${encodeURIComponent(JSON.stringify({ q: '王五' }))}`);
    await page.getByText(XSS.resident.slice(0, 50), { exact: true }).first().waitFor({ timeout: 30_000 });
    await expectInert(page, dialogs);

    await page.goto(`${product().baseUrl}/#/complaints/${registerComplaint.id}/show`);
    await page.getByText(XSS.complaint).first().waitFor({ timeout: 30_000 });
    await expectInert(page, dialogs);

    await page.goto(`${product().baseUrl}/#/serviceOrders/${registerServiceOrder.id}/show`);
    await page.getByText(XSS.order).first().waitFor({ timeout: 30_000 });
    await expectInert(page, dialogs);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('masks residents’ numbers for finance, and a reveal shows one and lands in the audit log', async () => {
    const { page, errors } = await product().signIn(DEMO.finance, '住户');
    await menuItem(page, '住户').click();
    await page.waitForURL(/#\/residents/);
    const masked = page.locator('main [data-testid="masked-phone"]').first();
    await masked.waitFor({ timeout: 30_000 });
    const shown = (await masked.innerText()).trim();
    expect(shown).toMatch(/^1\d{2}\*{4}\d{4}$/);
    expect(await page.locator('main table').innerText()).not.toMatch(/1[3-9]\d{9}/);

    await masked.getByRole('button', { name: '显示完整号码' }).click();
    const full = page.locator('main a[href^="tel:"]').first();
    await full.waitFor({ timeout: 30_000 });
    const number = (await full.innerText()).trim();
    expect(number).toMatch(/^1[3-9]\d{9}$/);
    expect(number.slice(0, 3) + '****' + number.slice(-4)).toBe(shown);

    const gm = await loginAs(page, DEMO.gm, DEMO.password);
    const finance = await loginAs(page, DEMO.finance, DEMO.password);
    const { auditEntries } = await gql<{ auditEntries: { items: Array<{ actorId: string; entityType: string; change: string }> } }>(
      page,
      `{ auditEntries(take: 5) { items { actorId action entityType change } } }`,
      {},
      gm.token,
    );
    expect(auditEntries.items[0]).toMatchObject({ actorId: finance.id, entityType: 'Resident', change: 'view' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('rotates a partner key: the new secret is shown once, the old key is marked until when it still works', async () => {
    const { page, errors } = await product().signIn(DEMO.gm, 'API 密钥');
    await menuItem(page, 'API 密钥').click();
    await page.waitForURL(/#\/apiKeys/);
    const row = page.locator('main table tbody tr').first();
    await row.waitFor({ timeout: 30_000 });
    await row.getByRole('button', { name: '轮换' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '轮换', exact: true }).click();
    const secret = page.getByRole('dialog').getByRole('textbox');
    await secret.waitFor({ timeout: 30_000 });
    expect(await secret.inputValue()).toMatch(/^wyk_[a-z0-9]{12}_/);
    await page.getByRole('button', { name: '我已保存，关闭' }).click();
    await page.getByText(/已轮换，.* 前仍有效/).first().waitFor({ timeout: 30_000 });
    expect(await page.locator('main table tbody tr').count()).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
    await page.close();
  });
});
