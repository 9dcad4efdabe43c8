/**
 * A paid repair from intake to receipt in a real browser against the real product (see
 * ./product.ts): the front desk of 翠湖花园 registers and quotes it (换锁 is a range item,
 * ¥10.00–¥50.00), records consent and dispatches it; the engineering supervisor assigns a worker;
 * the worker starts and signs it off on a phone-sized screen; the front desk takes the cash the
 * worker collected (under ¥100) and the receipt number shows on the order.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO, useProduct } from './product';

const product = useProduct();

const stateChip = (page: Page) => page.locator('main [data-testid="order-state"]').first();

async function expectState(page: Page, label: string) {
  await page.locator('main [data-testid="order-state"]', { hasText: label }).first().waitFor({ timeout: 30_000 });
  expect(await stateChip(page).innerText()).toBe(label);
}

describe('service order', () => {
  it('goes from intake to a numbered receipt through desk, supervisor and worker', async () => {
    expect(DEMO.password).toBe('Demo@2026');
    // 1. Front desk: 登记
    const desk = await product().signIn(DEMO.desk, '服务单');
    const page = desk.page;
    await page.goto(`${product().baseUrl}/#/serviceOrders/create`);
    await page.getByLabel(/^项目/).fill('翠湖');
    await page.getByRole('option', { name: /翠湖花园/ }).first().click();
    await page.getByLabel(/^房号/).click();
    await page.getByRole('option').first().click();
    await page.getByLabel(/^住户/).click();
    await page.getByRole('option').first().click();
    expect(await page.getByLabel(/^联系人/).inputValue()).not.toBe('');
    expect(await page.getByLabel(/^联系电话/).inputValue()).not.toBe('');
    await page.getByLabel(/^需求描述/).fill('入户门锁芯损坏，需更换');
    // A normal repair needs an agreed window: tomorrow 10:00–12:00 China time.
    const tomorrow = new Date(Date.now() + 8 * 3600_000 + 24 * 3600_000).toISOString().slice(0, 10);
    await page.getByLabel('预约开始').fill(`${tomorrow}T10:00`);
    await page.getByLabel('预约结束').fill(`${tomorrow}T12:00`);
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/serviceOrders\/[^/]+\/show/, { timeout: 30_000 });
    const orderUrl = page.url();
    await expectState(page, '已登记');
    const number = (await page.locator('main h1').first().innerText()).trim();
    expect(number).toMatch(/^CHHY-\d{8}-\d{3}$/);

    // 2. 报价: a range item, first outside its range (the API refuses), then inside it.
    await page.getByRole('button', { name: '报价', exact: true }).click();
    const quote = page.getByRole('dialog');
    await quote.getByLabel('服务项目 1').fill('换锁');
    await page.getByRole('option', { name: /^换锁/ }).click();
    await quote.getByText('允许范围 ¥10.00–¥50.00').waitFor();
    await quote.getByLabel('单价（元） 1').fill('80');
    await quote.getByLabel('数量 1').fill('1');
    await quote.getByRole('button', { name: '报价', exact: true }).click();
    const refusal = quote.getByRole('alert');
    await refusal.waitFor({ timeout: 30_000 });
    expect(await refusal.innerText()).not.toBe('');
    await quote.getByLabel('单价（元） 1').fill('35');
    await quote.getByRole('button', { name: '报价', exact: true }).click();
    await quote.waitFor({ state: 'detached' });
    await expectState(page, '已报价');
    const line = page.getByTestId('quote-lines').locator('tr', { hasText: '换锁' });
    expect(await line.innerText()).toContain('¥35.00');

    // 3. 业主确认
    await page.getByRole('button', { name: '业主确认', exact: true }).click();
    const consent = page.getByRole('dialog');
    expect(await consent.getByLabel(/确认人/).inputValue()).not.toBe('');
    await consent.getByRole('button', { name: '业主确认', exact: true }).click();
    await consent.waitFor({ state: 'detached' });
    await expectState(page, '业主已确认');

    // 4. 派工 to the engineering supervisor
    await page.getByRole('button', { name: '派工', exact: true }).click();
    const dispatch = page.getByRole('dialog');
    await dispatch.getByRole('combobox').first().click();
    await page.getByRole('option', { name: /袁雨桐/ }).click();
    await dispatch.getByRole('button', { name: '派工', exact: true }).click();
    await dispatch.waitFor({ state: 'detached' });
    await expectState(page, '已派工');
    expect(desk.errors).toEqual([]);
    // One browser profile: each sign-in replaces the stored token, so every person gets a fresh page.
    await page.close();

    // 5. Supervisor: 指派 worker1a (潘华志)
    const sup = await product().signIn(DEMO.supervisor, '服务单');
    await sup.page.goto(orderUrl);
    await expectState(sup.page, '已派工');
    await sup.page.getByRole('button', { name: '指派', exact: true }).click();
    const assign = sup.page.getByRole('dialog');
    await assign.getByRole('combobox').first().click();
    await sup.page.getByRole('option', { name: '潘华志' }).click();
    await assign.getByRole('button', { name: '指派', exact: true }).click();
    await assign.waitFor({ state: 'detached' });
    await expectState(sup.page, '已指派');
    expect(sup.errors).toEqual([]);
    await sup.page.close();

    // 6. Worker on a phone: 我的工单 → 开工 → 完工验收 with the resident's rating
    const worker = await product().signIn(DEMO.worker, '我的工单');
    const phone = worker.page;
    // Signed in on a wide screen the menu was open; on the phone it starts closed, as after a phone sign-in.
    await phone.evaluate(() => localStorage.setItem('RaStore.sidebar.open', 'false'));
    await phone.setViewportSize({ width: 360, height: 740 });
    await phone.goto(`${product().baseUrl}/#/myOrders`);
    await phone.reload();
    const card = phone.getByTestId('my-order').filter({ hasText: number });
    await card.waitFor({ timeout: 30_000 });
    expect(await card.getByTestId('order-state').innerText()).toBe('已指派');
    const start = card.getByRole('button', { name: '开工', exact: true });
    expect((await start.boundingBox())!.height).toBeGreaterThanOrEqual(48);
    await start.click();
    const startDialog = phone.getByRole('dialog');
    await startDialog.getByRole('button', { name: '开工', exact: true }).click();
    await startDialog.waitFor({ state: 'detached' });
    await card.getByTestId('order-state').filter({ hasText: '施工中' }).waitFor({ timeout: 30_000 });

    await card.getByRole('button', { name: '完工验收', exact: true }).click();
    const signOff = phone.getByRole('dialog');
    await signOff.getByText('业主签字验收', { exact: false }).waitFor();
    await signOff.locator('label', { hasText: '5 星' }).click();
    expect(await signOff.getByLabel('5 星', { exact: true }).isChecked()).toBe(true);
    await signOff.getByLabel('业主评价（可选）').fill('师傅很专业');
    await signOff.getByLabel('用时（分钟）').fill('40');
    await signOff.getByRole('button', { name: '完工验收', exact: true }).click();
    await signOff.waitFor({ state: 'detached' });
    await card.getByTestId('order-state').filter({ hasText: '已完工验收' }).waitFor({ timeout: 30_000 });
    expect(worker.errors).toEqual([]);
    await phone.close();

    // 7. Front desk: 收款, cash collected by the worker; the receipt number shows
    const deskAgain = await product().signIn(DEMO.desk, '服务单');
    const page2 = deskAgain.page;
    await page2.goto(orderUrl);
    await expectState(page2, '已完工验收');
    await page2.getByRole('button', { name: '收款', exact: true }).click();
    const pay = page2.getByRole('dialog');
    await pay.getByText('应收 ¥35.00').waitFor();
    const [, collector] = await pay.getByRole('combobox').all();
    await collector!.click();
    await page2.getByRole('option', { name: '潘华志' }).click();
    await pay.getByRole('button', { name: '收款', exact: true }).click();
    const receipt = page2.getByTestId('receipt-number');
    await receipt.waitFor({ timeout: 30_000 });
    const receiptText = await receipt.innerText();
    const receiptNumber = /收据号：(\S+)/.exec(receiptText)?.[1];
    expect(receiptNumber).toMatch(/^CHHY-2\d{3}-\d{6}$/);
    await page2.getByRole('dialog').getByRole('button', { name: '关闭', exact: true }).click();
    await expectState(page2, '已结算');
    expect(await page2.getByTestId('payments').innerText()).toContain(receiptNumber!);
    expect(await page2.getByTestId('timeline').innerText()).toMatch(/完工验收[\s\S]*收款结算/);
    expect(deskAgain.errors).toEqual([]);
    await page2.close();
  });
});
