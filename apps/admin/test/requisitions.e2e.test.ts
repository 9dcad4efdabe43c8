/**
 * Materials requisitions (领料单) in a real browser against the real product (see ./product.ts).
 * On an order assigned to worker1a, the worker requests materials twice from the order page, once
 * citing a wrong order number; the engineering supervisor's signature on that one is refused with
 * the API's reason, the other is signed and issued from the 领料单 list, and the order page shows
 * it issued. Registering, consenting, dispatching and assigning the order is API setup.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { consentedFreeRepair, dispatchAndAssign, loginAs } from './api';
import { DEMO, menuItem, useProduct } from './product';

const product = useProduct();

async function requestMaterials(page: Page, cited: string, name: string, quantity: string, unitCost: string) {
  await page.getByRole('button', { name: '申请领料', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^服务单号/).fill(cited);
  await dialog.getByLabel('材料名称 1').fill(name);
  await dialog.getByLabel('数量 1').fill(quantity);
  await dialog.getByLabel('单位 1').fill('个');
  await dialog.getByLabel('单位成本（元） 1').fill(unitCost);
  await dialog.getByRole('button', { name: '申请领料', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('materials requisitions', () => {
  it('are requested on the order, signed only when they cite the order, then issued', async () => {
    const desk = await product().signIn(DEMO.desk, '服务单');
    const supervisor = await loginAs(desk.page, DEMO.supervisor, DEMO.password);
    const worker = await loginAs(desk.page, DEMO.worker, DEMO.password);
    // A free repair of 翠湖花园 assigned to the worker (API setup).
    const order = await dispatchAndAssign(desk.page, await consentedFreeRepair(desk.page, '厨房下水管漏水，需更换管件'), supervisor, worker.id);
    await desk.page.close();

    // Worker: two requisitions from the order page, the first citing a wrong number.
    const wrk = await product().signIn(DEMO.worker, '我的工单');
    await wrk.page.goto(`${product().baseUrl}/#/serviceOrders/${order.id}/show`);
    await wrk.page.locator('main h1', { hasText: order.number }).waitFor({ timeout: 30_000 });
    const wrong = order.number.replace(/\d{3}$/, '999');
    await requestMaterials(wrk.page, wrong, '角阀', '1', '18');
    await requestMaterials(wrk.page, order.number, 'PVC 管件', '2', '12.50');
    const table = wrk.page.getByTestId('requisitions');
    await table.locator('tbody tr', { hasText: 'PVC 管件 2个' }).waitFor({ timeout: 30_000 });
    expect(await table.locator('tbody tr', { hasText: 'PVC 管件 2个' }).innerText()).toMatch(/已申请[\s\S]*¥25\.00/);
    // Only the order's supervisor signs: the worker is not offered it.
    expect(await table.getByRole('button', { name: /^签字/ }).count()).toBe(0);
    expect(wrk.errors).toEqual([]);
    await wrk.page.close();

    // Supervisor, 领料单: the wrongly cited one is refused with the API's reason.
    const sup = await product().signIn(DEMO.supervisor, '领料单');
    await menuItem(sup.page, '领料单').click();
    const rows = sup.page.locator('table tbody tr', { hasText: order.number });
    await rows.first().waitFor({ timeout: 30_000 });
    const valve = rows.filter({ hasText: '角阀' });
    await valve.getByRole('button', { name: /^签字/ }).click();
    const refuse = sup.page.getByRole('dialog');
    await refuse.getByRole('button', { name: '签字', exact: true }).click();
    const reason = refuse.getByTestId('step-error');
    await reason.waitFor({ timeout: 30_000 });
    expect(await reason.innerText()).toContain(`领料单注明的单号 ${wrong} 与服务单号 ${order.number} 不符`);
    await refuse.getByRole('button', { name: '取消', exact: true }).click();
    await refuse.waitFor({ state: 'detached' });

    // The right one: 签字, then 发料.
    const pipes = rows.filter({ hasText: 'PVC 管件' });
    await pipes.getByRole('button', { name: /^签字/ }).click();
    const sign = sup.page.getByRole('dialog');
    await sign.getByRole('button', { name: '签字', exact: true }).click();
    await sign.waitFor({ state: 'detached' });
    await pipes.getByTestId('requisition-state').filter({ hasText: '已签字' }).waitFor({ timeout: 30_000 });
    await pipes.getByRole('button', { name: /^发料/ }).click();
    const issue = sup.page.getByRole('dialog');
    await issue.getByRole('button', { name: '发料', exact: true }).click();
    await issue.waitFor({ state: 'detached' });
    // Issued: it shows so, or (behind more than a page of issued ones) leaves the head of the queue,
    // where open work is listed first; the refused one stays.
    await Promise.race([
      pipes.waitFor({ state: 'detached', timeout: 30_000 }),
      pipes.getByTestId('requisition-state').filter({ hasText: '已发料' }).waitFor({ timeout: 30_000 }),
    ]);
    expect(await valve.getByTestId('requisition-state').innerText()).toBe('已申请');

    // The order page shows who signed and that it was issued.
    await valve.getByRole('link', { name: order.number }).click();
    await sup.page.waitForURL(new RegExp(`#/serviceOrders/${order.id}/show`));
    const issued = sup.page.getByTestId('requisitions').locator('tbody tr', { hasText: 'PVC 管件' });
    await issued.waitFor({ timeout: 30_000 });
    expect(await issued.innerText()).toMatch(/已发料[\s\S]*¥25\.00/);
    expect(await issued.innerText()).toContain(supervisor.name);
    expect(sup.errors).toEqual([]);
    await sup.page.close();
  });
});
