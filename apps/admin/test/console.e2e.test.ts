/**
 * The console in a real browser against the real product: the built API (which serves the
 * built console at `/`) on a fresh database seeded with the demo company (see ./product.ts).
 */
import { describe, expect, it } from 'vitest';
import { DEMO, menuItem, useProduct } from './product';

const MENU_ZH = ['项目', '楼栋', '房号', '住户', '服务项目', '价目表', '审批', '员工', 'API 密钥', '审计日志'];
const MENU_EN = ['Projects', 'Buildings', 'Units', 'Residents', 'Services', 'Price lists', 'Approvals', 'Staff', 'API keys', 'Audit log'];

const product = useProduct();

/** Signed in as the demo general manager, who sees every menu entry. */
const signedInPage = () => product().signIn(DEMO.gm, '审计日志');

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
