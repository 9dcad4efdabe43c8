/**
 * Service catalog screens in a real browser against the real product (see ./product.ts). The
 * demo seed gives 翠湖花园 version 1 published and version 2 submitted by its manager with
 * 疏通下水 raised from ¥30.00 to ¥35.00, and 中信广场 a draft whose 便民服务 items are unpriced.
 */
import { describe, expect, it } from 'vitest';
import { DEMO, menuItem, useProduct } from './product';

const product = useProduct();

describe('price list approval', () => {
  it('the GM reviews 翠湖花园 version 2, approves and publishes it, and the notice shows the new price', async () => {
    const { page, errors } = await product().signIn(DEMO.gm, '审批');

    await menuItem(page, '审批').click();
    await page.waitForURL(/#\/priceListReviews/);
    await page.locator('table tbody tr', { hasText: '翠湖花园' }).click();
    await page.waitForURL(/#\/priceListReviews\/[^/]+\/show/);

    const drain = page.getByTestId('diff-changed').locator('tr', { hasText: '疏通下水' });
    await drain.waitFor({ timeout: 30_000 });
    expect(await drain.innerText()).toMatch(/¥30\.00\s*→\s*¥35\.00/);

    await page.getByRole('button', { name: '批准', exact: true }).click();
    const approve = page.getByRole('dialog', { name: /批准/ });
    await approve.getByLabel('审批意见（可选）').fill('同意');
    await approve.getByRole('button', { name: '批准', exact: true }).click();
    await page.locator('main').getByText('已批准', { exact: true }).waitFor();

    await page.getByRole('button', { name: '公示', exact: true }).click();
    const publish = page.getByRole('dialog', { name: /公示/ });
    expect(await publish.getByLabel('立即公示').isChecked()).toBe(true);
    await publish.getByRole('button', { name: '公示', exact: true }).click();
    await page.locator('main').getByText('已公示', { exact: true }).waitFor();

    const notice = page.getByRole('link', { name: '打印公示单' });
    expect(await notice.getAttribute('target')).toBe('_blank');
    const [tab] = await Promise.all([page.context().waitForEvent('page'), notice.click()]);
    await tab.waitForLoadState();
    expect(new URL(tab.url()).pathname).toMatch(/^\/notices\/price-list\/[0-9a-f-]{36}$/);
    expect(await tab.locator('.sub').innerText()).toContain('翠湖花园');
    const printed = await tab.locator('tr', { hasText: '疏通下水' }).innerText();
    expect(printed).toContain('¥35.00');
    expect(printed).not.toContain('¥30.00');

    expect(errors).toEqual([]);
    await tab.close();
    await page.close();
  });
});

describe('price list drafting', () => {
  it('the 中信广场 manager previews a margin and learns which items are unpriced on submitting', async () => {
    const { page, errors } = await product().signIn(DEMO.pm3, '价目表');

    await menuItem(page, '价目表').click();
    await page.waitForURL(/#\/priceLists/);
    await page.locator('table tbody tr', { hasText: '中信广场' }).click();
    // A draft opens in the editor for its project manager.
    await page.waitForURL(/#\/priceLists\/[^/]+$/);

    // Priced below its unit cost, the row warns of a loss while typing, before any save.
    const drain = page.getByTestId('entry-row').filter({ hasText: '疏通下水' });
    await drain.getByLabel('疏通下水 价格').fill('20');
    await drain.getByText('亏损', { exact: true }).waitFor();
    await drain.getByRole('button', { name: '撤销修改 疏通下水' }).click();

    await page.getByRole('button', { name: '提交审批' }).click();
    const issues = page.getByTestId('not-ready');
    await issues.waitFor({ timeout: 30_000 });
    const text = await issues.innerText();
    for (const item of ['代购代送煤气', '家电维修', '洗衣服务', '打字、复印、传真']) {
      expect(text).toMatch(new RegExp(`${item.replace(/[()、]/g, '\\$&')} · 定价方式`));
    }
    expect(text).toContain('尚未定价');
    // Still a draft: nothing was submitted.
    await page.getByText('草稿', { exact: true }).first().waitFor();

    expect(errors).toEqual([]);
    await page.close();
  });
});
