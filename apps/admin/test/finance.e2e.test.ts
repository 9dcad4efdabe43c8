/**
 * Finance screens in a real browser against the real product (see ./product.ts), as 翠湖花园's
 * finance officer (finance1): deposit accounts (top-up, a refused and an accepted refund, and
 * opening an account by a first top-up), the receipt book, and a monthly statement from draft
 * to paid — a correction of a paid statement lands on the owner's next month, which is prepared,
 * issued, confirmed and marked paid.
 */
import { fen, formatYuan } from '@wuye/domain';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fenOf, gql } from './api';
import { DEMO, menuItem, useProduct } from './product';

const product = useProduct();

const balanceOf = async (page: Page) => fenOf(await page.getByTestId('deposit-balance').innerText());

async function waitForBalance(page: Page, amountFen: number) {
  await page.getByTestId('deposit-balance').filter({ hasText: formatYuan(fen(amountFen)) }).waitFor({ timeout: 30_000 });
}

describe('deposit accounts', () => {
  it('tops up ¥200.00, refuses a refund above the balance with the API’s reason, refunds ¥50.00', async () => {
    const { page, errors } = await product().signIn(DEMO.finance, '押金账户');
    await menuItem(page, '押金账户').click();
    await page.waitForURL(/#\/depositAccounts/);
    // A row with a balance, not react-admin's loading placeholder.
    await page.locator('table tbody tr', { hasText: '¥' }).first().click();
    await page.waitForURL(/#\/depositAccounts\/[^/]+\/show/);
    await page.getByTestId('deposit-balance').waitFor({ timeout: 30_000 });
    const before = await balanceOf(page);

    // 充值 ¥200.00: exactly 20000 fen more.
    await page.getByRole('button', { name: '充值', exact: true }).click();
    const topUp = page.getByRole('dialog');
    await topUp.getByLabel(/^金额（元）/).fill('200.00');
    await topUp.getByRole('button', { name: '充值', exact: true }).click();
    await topUp.waitFor({ state: 'detached' });
    await waitForBalance(page, before + 20_000);
    const afterTopUp = await balanceOf(page);
    expect(afterTopUp - before).toBe(20_000);
    const newest = page.getByTestId('deposit-transactions').locator('tbody tr').first();
    expect(await newest.innerText()).toMatch(/充值[\s\S]*¥200\.00/);

    // 退款 of one yuan more than the balance: the API refuses, its message shows under the amount.
    await page.getByRole('button', { name: '退款', exact: true }).click();
    const refund = page.getByRole('dialog');
    await refund.getByLabel(/^金额（元）/).fill(formatYuan(fen(afterTopUp + 100)).replace('¥', ''));
    await refund.getByRole('button', { name: '退款', exact: true }).click();
    const refusal = refund.getByText(/超过押金余额/);
    await refusal.waitFor({ timeout: 30_000 });
    expect(await refusal.innerText()).toContain(formatYuan(fen(afterTopUp)));
    // Under the amount it is about, not as a general failure.
    expect(await refund.getByLabel(/^金额（元）/).getAttribute('aria-invalid')).toBe('true');
    expect(await refund.getByTestId('step-error').count()).toBe(0);
    expect(await balanceOf(page)).toBe(afterTopUp);

    // 退款 ¥50.00 goes through and is the newest transaction.
    await refund.getByLabel(/^金额（元）/).fill('50.00');
    await refund.getByRole('button', { name: '退款', exact: true }).click();
    await refund.waitFor({ state: 'detached' });
    await waitForBalance(page, afterTopUp - 5_000);
    const refunded = page.getByTestId('deposit-transactions').locator('tbody tr').first();
    await refunded.filter({ hasText: '退款' }).waitFor({ timeout: 30_000 });
    const row = await refunded.innerText();
    expect(row).toContain('-¥50.00');
    expect(row).toContain(formatYuan(fen(afterTopUp - 5_000)));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens an account for a resident of the project with a first top-up', async () => {
    const { page, errors } = await product().signIn(DEMO.finance, '押金账户');
    await menuItem(page, '押金账户').click();
    await page.getByRole('button', { name: '新建押金账户' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^住户/).click();
    const option = page.getByRole('option').first();
    await option.waitFor({ timeout: 30_000 });
    const resident = (await option.innerText()).split('（')[0]!.trim();
    await option.click();
    await dialog.getByLabel(/^金额（元）/).fill('100');
    await dialog.getByRole('button', { name: '充值', exact: true }).click();
    await page.waitForURL(/#\/depositAccounts\/[^/]+\/show/, { timeout: 30_000 });
    await page.locator('main h1', { hasText: resident }).waitFor({ timeout: 30_000 });
    expect(await balanceOf(page)).toBeGreaterThanOrEqual(10_000);
    const newest = page.getByTestId('deposit-transactions').locator('tbody tr').first();
    expect(await newest.innerText()).toMatch(/充值[\s\S]*¥100\.00/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('payments', () => {
  it('finds a receipt by its number and opens its order', async () => {
    const { page, errors } = await product().signIn(DEMO.finance, '收款记录');
    await menuItem(page, '收款记录').click();
    await page.waitForURL(/#\/payments/);
    const rows = page.locator('table tbody tr', { hasText: 'CHHY-' });
    await rows.first().waitFor({ timeout: 30_000 });
    // Not the newest: a receipt from further down the book.
    const picked = rows.nth(Math.min(5, (await rows.count()) - 1));
    const receipt = (await picked.locator('td').first().innerText()).trim();
    const orderNumber = (await picked.getByRole('link').first().innerText()).trim();
    expect(receipt).toMatch(/^CHHY-2\d{3}-\d{6}$/);
    expect(orderNumber).toMatch(/^CHHY-\d{8}-\d{3}$/);

    await page.getByPlaceholder('搜索收据号或服务单号').fill(receipt);
    await page.waitForFunction(
      (number) => {
        const cells = [...document.querySelectorAll('table tbody tr td:first-child')].map((td) => td.textContent?.trim());
        return cells.length === 1 && cells[0] === number;
      },
      receipt,
      { timeout: 30_000 },
    );
    const row = rows.first();
    expect(await row.innerText()).toMatch(/翠湖花园[\s\S]*¥[\d,]+\.\d{2}/);

    await row.getByRole('link', { name: orderNumber }).click();
    await page.waitForURL(/#\/serviceOrders\/[^/]+\/show/);
    await page.locator('main h1', { hasText: orderNumber }).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('payments').innerText()).toContain(receipt);
    expect(errors).toEqual([]);
    await page.close();
  });
});

type Statement = { id: string; residentId: string; year: number; month: number; state: string };

const monthIndex = (s: { year: number; month: number }) => s.year * 12 + s.month - 1;
const monthText = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/** Every statement finance1 can see (setup: which owner's next month is free to prepare). */
async function allStatements(page: Page): Promise<Statement[]> {
  const out: Statement[] = [];
  for (let skip = 0; ; skip += 100) {
    const { monthlyStatements } = await gql<{ monthlyStatements: { items: Statement[]; totalCount: number } }>(
      page,
      `query ($skip: Int!) { monthlyStatements(skip: $skip, take: 100) { items { id residentId year month state } totalCount } }`,
      { skip },
    );
    out.push(...monthlyStatements.items);
    if (out.length >= monthlyStatements.totalCount || monthlyStatements.items.length === 0) return out;
  }
}

async function expectStatementState(page: Page, label: string) {
  await page.locator('main [data-testid="statement-state"]', { hasText: label }).waitFor({ timeout: 30_000 });
}

async function step(page: Page, label: string, next: string) {
  await page.getByRole('button', { name: label, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: label, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await expectStatementState(page, next);
}

describe('monthly statements', () => {
  it('corrects a paid statement, prepares the next month with the credit, issues it, records confirmation and payment', async () => {
    const { page, errors } = await product().signIn(DEMO.finance, '月结账单');
    const statements = await allStatements(page);
    const now = new Date(Date.now() + 8 * 3600_000);
    const thisMonth = now.getUTCFullYear() * 12 + now.getUTCMonth();
    const taken = new Set(statements.map((s) => `${s.residentId}|${monthIndex(s)}`));
    // A paid statement whose owner has none the month after, and that month is over (it can be issued).
    const paid = statements.find((s) => s.state === 'paid' && monthIndex(s) + 1 < thisMonth && !taken.has(`${s.residentId}|${monthIndex(s) + 1}`));
    expect(paid, 'the demo has paid statements').toBeDefined();
    const nextMonth = monthText(monthIndex(paid!) + 1);

    // 更正 the paid statement: a ¥10.00 credit for the owner's next statement.
    await page.goto(`${product().baseUrl}/#/monthlyStatements/${paid!.id}/show`);
    await expectStatementState(page, '已付款');
    await page.getByRole('button', { name: '更正', exact: true }).click();
    const correct = page.getByRole('dialog');
    await correct.getByLabel(/^更正金额（元）/).fill('-10');
    await correct.getByLabel(/^更正说明/).fill('多收材料费退回');
    await correct.getByRole('button', { name: '更正', exact: true }).click();
    await correct.waitFor({ state: 'detached' });
    await expectStatementState(page, '已付款');

    // 生成本月账单 for the month after: the owner's draft carries the credit.
    await menuItem(page, '月结账单').click();
    await page.waitForURL(/#\/monthlyStatements(\?|$)/);
    await page.getByRole('button', { name: '生成本月账单' }).click();
    const prepare = page.getByRole('dialog');
    await prepare.getByLabel(/^账期（年月）/).fill(nextMonth);
    await prepare.getByRole('button', { name: '生成', exact: true }).click();
    await prepare.waitFor({ state: 'detached' });
    const draft = page.locator('table tbody tr', { hasText: '草稿' });
    await draft.first().waitFor({ timeout: 30_000 });
    expect(await draft.count()).toBe(1);
    expect(await draft.innerText()).toContain(nextMonth);
    await draft.click();
    await page.waitForURL(/#\/monthlyStatements\/[^/]+\/show/);
    await expectStatementState(page, '草稿');
    expect(await page.getByTestId('statement-adjustments').innerText()).toMatch(/多收材料费退回[\s\S]*-¥10\.00/);
    expect(await page.getByTestId('statement-total').innerText()).toBe('-¥10.00');

    // 出具 → 业主确认 → 标记已付
    await step(page, '出具', '已出具');
    await step(page, '业主确认', '业主已确认');
    await step(page, '标记已付', '已付款');
    // A paid statement has no further step, only corrections.
    expect(await page.getByRole('button', { name: '出具', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '更正', exact: true }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
