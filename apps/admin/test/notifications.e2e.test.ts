/**
 * In-app notifications in a real browser against the real product (see ./product.ts). The front
 * desk of 翠湖花园 dispatches a free repair to the engineering supervisor, who finds it under the
 * bell (派单, with the order number) and opens it from there; then the desk cancels an order
 * already assigned to a worker, and the worker finds the cancellation under the bell.
 * Registering, consenting and assigning are set up through the API: they are not the subject.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { consentedFreeRepair, dispatchAndAssign, loginAs } from './api';
import { DEMO, useProduct } from './product';

const product = useProduct();

const bell = (page: Page) => page.locator('header').getByRole('button', { name: /^通知/ });

/** The unread count, as the bell's accessible name says it: 通知（3 条未读）. */
async function unreadCount(page: Page): Promise<number> {
  const label = (await bell(page).getAttribute('aria-label')) ?? '';
  const match = /（(\d+) 条未读）/.exec(label);
  if (!match) throw new Error(`bell without a count: ${label}`);
  return Number(match[1]);
}

async function waitForUnread(page: Page, accept: (n: number) => boolean, what: string) {
  const deadline = Date.now() + 30_000;
  let last = -1;
  while (Date.now() < deadline) {
    last = await unreadCount(page).catch(() => -1);
    if (accept(last)) return last;
    await page.waitForTimeout(250);
  }
  throw new Error(`unread count ${what}: still ${last}`);
}

describe('notifications', () => {
  it('tells the supervisor of a dispatch and the worker of a cancellation', async () => {
    // 1. Front desk: a consented free repair, dispatched to the engineering supervisor in the console.
    const desk = await product().signIn(DEMO.desk, '服务单');
    const supervisor = await loginAs(desk.page, DEMO.supervisor, DEMO.password);
    const worker = await loginAs(desk.page, DEMO.worker, DEMO.password);
    const dispatched = await consentedFreeRepair(desk.page, '卫生间水龙头滴水（通知测试）');
    await desk.page.goto(`${product().baseUrl}/#/serviceOrders/${dispatched.id}/show`);
    await desk.page.locator('main [data-testid="order-state"]', { hasText: '业主已确认' }).waitFor({ timeout: 30_000 });
    await desk.page.getByRole('button', { name: '派工', exact: true }).click();
    const dialog = desk.page.getByRole('dialog');
    await dialog.getByRole('combobox').first().click();
    await desk.page.getByRole('option', { name: new RegExp(`^${supervisor.name}`) }).click();
    await dialog.getByRole('button', { name: '派工', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await desk.page.locator('main [data-testid="order-state"]', { hasText: '已派工' }).waitFor({ timeout: 30_000 });

    // A second order, assigned to the worker, for the cancellation below.
    const second = await consentedFreeRepair(desk.page, '阳台灯不亮（通知测试）');
    await dispatchAndAssign(desk.page, second, supervisor, worker.id);
    expect(desk.errors).toEqual([]);
    await desk.page.close();

    // 2. Supervisor: the bell counts the dispatch; opening it goes to the order and the count drops.
    const sup = await product().signIn(DEMO.supervisor, '服务单');
    const before = await waitForUnread(sup.page, (n) => n >= 1, 'for the supervisor');
    await bell(sup.page).click();
    const item = sup.page.getByTestId('notification-item').filter({ hasText: dispatched.number }).filter({ hasText: '派单' });
    await item.waitFor({ timeout: 30_000 });
    await item.click();
    await sup.page.waitForURL(new RegExp(`#/serviceOrders/${dispatched.id}/show`));
    await sup.page.locator('main h1', { hasText: dispatched.number }).waitFor({ timeout: 30_000 });
    await waitForUnread(sup.page, (n) => n === before - 1, `to drop from ${before}`);
    expect(sup.errors).toEqual([]);
    await sup.page.close();

    // 3. Front desk cancels the assigned order in the console.
    const deskAgain = await product().signIn(DEMO.desk, '服务单');
    await deskAgain.page.goto(`${product().baseUrl}/#/serviceOrders/${second.id}/show`);
    await deskAgain.page.locator('main [data-testid="order-state"]', { hasText: '已指派' }).waitFor({ timeout: 30_000 });
    await deskAgain.page.getByRole('button', { name: '取消', exact: true }).click();
    const cancel = deskAgain.page.getByRole('dialog');
    await cancel.getByLabel(/^原因/).fill('业主临时外出，改日再约');
    await cancel.getByRole('button', { name: '取消', exact: true }).last().click();
    await cancel.waitFor({ state: 'detached' });
    await deskAgain.page.locator('main [data-testid="order-state"]', { hasText: '已取消' }).waitFor({ timeout: 30_000 });
    expect(deskAgain.errors).toEqual([]);
    await deskAgain.page.close();

    // 4. Worker: the cancellation is under the bell, and in the 通知 list's 未读 tab.
    const wrk = await product().signIn(DEMO.worker, '我的工单');
    await waitForUnread(wrk.page, (n) => n >= 1, 'for the worker');
    await bell(wrk.page).click();
    // The worker was also told of the assignment; the cancellation is the newest of the two.
    const items = wrk.page.getByTestId('notification-item').filter({ hasText: second.number });
    await items.first().waitFor({ timeout: 30_000 });
    expect(await items.first().innerText()).toContain('已取消');
    await wrk.page.getByRole('link', { name: '查看全部通知' }).click();
    await wrk.page.waitForURL(/#\/notifications/);
    await wrk.page.getByRole('tab', { name: '未读' }).click();
    const row = wrk.page.locator('table tbody tr', { hasText: second.number }).filter({ hasText: '已取消' });
    await row.waitFor({ timeout: 30_000 });
    // The kind column names it too.
    expect(await row.locator('td').nth(1).innerText()).toBe('取消');
    expect(wrk.errors).toEqual([]);
    await wrk.page.close();
  });
});
