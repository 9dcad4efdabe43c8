/**
 * 损益分析 and 亏损处理 in a real browser against the real product (see ./product.ts). The demo seeds
 * twelve months of orders and fills the P&L rollup at seeding, so 翠湖花园 has loss-making months;
 * it also has price list version 2 submitted, which would block a price rise (a version under
 * approval), so the GM rejects it first and its project manager takes it back to draft.
 */
import { readFile } from 'node:fs/promises';
import { addMonths, fen, formatYuan, shanghaiMonthKey } from '@wuye/domain';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gql, loginAs } from './api';
import { DEMO, menuItem, useProduct } from './product';

const product = useProduct();

type Viewer = { me: { projects: Array<{ id: string; name: string }> } };
type Review = { pnlReview: Array<{ pnl: { itemId: string; itemName: string; status: string; month: string } }> };
type Published = { publishedPriceList: { entries: Array<{ catalogItemId: string; name: string; mode: string; priceFen: number | null }> } | null };

const projectOf = async (page: Page, name: string) => {
  const { me } = await gql<Viewer>(page, '{ me { projects { id name } } }');
  const project = me.projects.find((p) => p.name === name);
  if (!project) throw new Error(`${name} is not among the viewer's projects`);
  return project.id;
};

/** The newest month of the last twelve with a loss or thin item that has a fixed published price. */
async function findLossItem(page: Page, projectId: string) {
  const { publishedPriceList } = await gql<Published>(
    page,
    'query ($projectId: ID!) { publishedPriceList(projectId: $projectId) { entries { catalogItemId name mode priceFen } } }',
    { projectId },
  );
  const fixed = new Map((publishedPriceList?.entries ?? []).filter((e) => e.mode === 'FIXED' && (e.priceFen ?? 0) > 0).map((e) => [e.catalogItemId, e.priceFen!]));
  const thisMonth = shanghaiMonthKey(new Date());
  for (let back = 1; back <= 12; back++) {
    const month = addMonths(thisMonth, -back);
    const { pnlReview } = await gql<Review>(page, 'query ($projectId: ID!, $month: String!) { pnlReview(projectId: $projectId, month: $month) { pnl { itemId itemName status month } } }', {
      projectId,
      month,
    });
    const item = pnlReview.find((r) => fixed.has(r.pnl.itemId));
    if (item) return { month, itemId: item.pnl.itemId, itemName: item.pnl.itemName, status: item.pnl.status, priceFen: fixed.get(item.pnl.itemId)! };
  }
  throw new Error('No loss or thin item with a fixed price in the last twelve months of the demo');
}

const yuan = (amount: number) => formatYuan(fen(amount));

/** The newest month of the last twelve with a loss or thin item not yet decided on. */
async function findUndecidedItem(page: Page, projectId: string) {
  const thisMonth = shanghaiMonthKey(new Date());
  for (let back = 1; back <= 12; back++) {
    const month = addMonths(thisMonth, -back);
    const { pnlReview } = await gql<{ pnlReview: Array<{ pnl: { itemId: string; itemName: string }; latestDecision: { id: string } | null }> }>(
      page,
      'query ($projectId: ID!, $month: String!) { pnlReview(projectId: $projectId, month: $month) { pnl { itemId itemName } latestDecision { id } } }',
      { projectId, month },
    );
    const item = pnlReview.find((r) => !r.latestDecision);
    if (item) return { month, itemId: item.pnl.itemId, itemName: item.pnl.itemName };
  }
  throw new Error('No undecided loss or thin item in the last twelve months of the demo');
}

const escape = (text: string) => text.replace(/[().*+?^${}|[\]\\]/g, '\\$&');

describe('损益分析', () => {
  it('colours each cell by its status, opens the orders behind a loss and exports the table as CSV', async () => {
    const { page, errors } = await product().signIn(DEMO.pm1, '损益分析');
    await menuItem(page, '损益分析').click();
    await page.waitForURL(/#\/profitability/);
    await page.getByTestId('pnl-table').waitFor({ timeout: 30_000 });

    // Twelve month columns by default (the last 12 months), coloured cells of every kind the demo has.
    const loss = page.locator('[data-testid="pnl-cell"][data-status="LOSS"]').first();
    const overMargin = page.locator('[data-testid="pnl-cell"][data-status="OVER_MARGIN"]').first();
    const goodwill = page.locator('[data-testid="pnl-cell"][data-status="GOODWILL"]').first();
    await loss.waitFor();
    const background = (cell: typeof loss) => cell.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background(loss)).toBe('rgb(255, 205, 210)'); // red[100]
    expect(await background(overMargin)).toBe('rgb(225, 190, 231)'); // purple[100]
    expect(await background(goodwill)).toBe('rgb(236, 239, 241)'); // blueGrey[50]
    expect(await page.locator('[data-testid="pnl-table"] thead th').allInnerTexts()).toEqual(expect.arrayContaining(['类别', '服务项目', '损益', '利润率', '状态']));
    expect(await page.getByTestId('status-legend').innerText()).toMatch(/亏损[\s\S]*微利[\s\S]*利润过高[\s\S]*正常[\s\S]*公益成本[\s\S]*无营业额/);

    // A loss cell opens its cost lines and the orders behind it; the margin is the cell's.
    const cellText = (await loss.innerText()).trim();
    expect(cellText).toMatch(/^-¥/);
    await loss.click();
    const drill = page.getByRole('dialog');
    await drill.getByTestId('drill-orders').waitFor({ timeout: 30_000 });
    expect(await drill.getByTestId('drill-cost-lines').innerText()).toContain(cellText);
    expect(await drill.getByTestId('drill-orders').locator('tbody tr').count()).toBeGreaterThan(0);
    await drill.getByRole('button', { name: '关闭' }).click();
    await drill.waitFor({ state: 'detached' });

    // Sorting by the range margin puts the worst item first.
    await page.locator('[data-testid="pnl-table"] thead th', { hasText: /^损益$/ }).click();
    const margins = await page.locator('[data-testid="pnl-row"] td:nth-last-child(3)').allInnerTexts();
    const fenOfText = (t: string) => Number(t.replace(/[¥,]/g, '').replace('.', ''));
    expect(margins.length).toBeGreaterThan(1);
    expect(fenOfText(margins[0]!)).toBeLessThanOrEqual(fenOfText(margins[1]!));
    expect(fenOfText(margins[0]!)).toBeLessThan(0);

    // CSV: a download whose first line (after Excel's BOM) names the columns, amounts in yuan.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-pnl').click()]);
    expect(download.suggestedFilename()).toMatch(/^损益_翠湖花园_\d{4}-\d{2}_\d{4}-\d{2}\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('项目,类别,服务项目,月份,单数,营业额,人工,材料,运营费用,风险,退款,成本,损益,利润率,单均成本,公益成本,状态');
    expect(lines.length).toBeGreaterThan(10);
    expect(lines[1]).toMatch(/^翠湖花园,[^,]+,.+,\d{4}-\d{2},\d+,-?\d+\.\d{2},/);
    expect(lines.some((l) => l.endsWith(',亏损'))).toBe(true);

    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('亏损处理', () => {
  it('the PM opens the review list, records a price rise, the GM sees it in the catalog approval inbox', async () => {
    const { page, errors } = await product().signIn(DEMO.pm1, '亏损处理');
    const projectId = await projectOf(page, '翠湖花园');
    const target = await findLossItem(page, projectId);
    const newPriceFen = target.priceFen + 500;

    // Setup: version 2 is under approval and would block a rise. The GM rejects it; its manager
    // takes it back to draft, which is where the rise will go.
    const gm = await loginAs(page, DEMO.gm, DEMO.password);
    const { priceLists } = await gql<{ priceLists: { items: Array<{ id: string; version: number }> } }>(
      page,
      'query ($projectId: ID) { priceLists(filter: { projectId: $projectId, states: [SUBMITTED] }) { items { id version } } }',
      { projectId },
    );
    for (const pending of priceLists.items) {
      const { rejectPriceList } = await gql<{ rejectPriceList: { version: number } }>(
        page,
        'mutation ($input: PriceListDecisionInput!) { rejectPriceList(input: $input) { version } }',
        { input: { id: pending.id, version: pending.version, reason: '先处理亏损项目的调价' } },
        gm.token,
      );
      await gql(page, 'mutation ($input: PriceListVersionInput!) { revisePriceList(input: $input) { id } }', { input: { id: pending.id, version: rejectPriceList.version } });
    }

    // The review list of that month, loss and thin items, with the item on it.
    await menuItem(page, '亏损处理').click();
    await page.waitForURL(/#\/lossDecisions/);
    await page.getByLabel('月份').fill(target.month);
    const row = page.locator(`[data-testid="review-row"][data-item="${target.itemName}"]`);
    await row.waitFor({ timeout: 30_000 });
    expect(await row.innerText()).toContain(target.status === 'LOSS' ? '亏损' : '微利');
    expect(await page.getByTestId('review-row').first().locator('[data-status]').first().getAttribute('data-status')).toMatch(/LOSS|THIN/);

    // 调整价格: starts from the published price; a lower one is refused as it is typed.
    await row.getByRole('button', { name: `处理 ${target.itemName}` }).click();
    const dialog = page.getByRole('dialog', { name: new RegExp(`处理 ${escape(target.itemName)}`) });
    await dialog.getByLabel('调整价格').check();
    await dialog.getByTestId('current-price').filter({ hasText: yuan(target.priceFen) }).waitFor({ timeout: 30_000 });
    const price = dialog.getByLabel('新价格（元）');
    expect(await price.inputValue()).toBe(yuan(target.priceFen).replace(/[¥,]/g, ''));
    await price.fill(yuan(Math.max(0, target.priceFen - 100)).replace(/[¥,]/g, ''));
    await dialog.getByText('新价格须高于现行收费标准').waitFor();
    await price.fill(yuan(newPriceFen).replace(/[¥,]/g, ''));
    await dialog.getByLabel(/^原因和说明/).fill('单均成本高于收费，调整价格以保本微利');
    await dialog.getByRole('button', { name: '保存决定' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 30_000 });

    // Recorded: the link to the draft price list, and the row shows the decision waiting for the GM.
    const recorded = page.getByTestId('decision-recorded');
    await recorded.waitFor({ timeout: 30_000 });
    expect(await recorded.innerText()).toContain('调整价格');
    await row.getByTestId('latest-decision').filter({ hasText: '待总经理审批' }).waitFor({ timeout: 30_000 });
    expect(await row.getByTestId('latest-decision').innerText()).toContain('调整价格');

    // The draft carries the new price; the project manager submits it from the editor.
    await recorded.getByRole('link', { name: '打开价目表草稿' }).click();
    await page.waitForURL(/#\/priceLists\/[^/]+$/);
    const priceListId = /#\/priceLists\/([^/?]+)/.exec(page.url())![1]!;
    const entry = page.getByTestId('entry-row').filter({ hasText: target.itemName });
    await entry.waitFor({ timeout: 30_000 });
    expect(await entry.getByLabel(`${target.itemName} 价格`).inputValue()).toBe(yuan(newPriceFen).replace(/[¥,]/g, ''));
    await page.getByRole('button', { name: '提交审批' }).click();
    await page.waitForURL(new RegExp(`#/priceLists/${priceListId}/show`), { timeout: 30_000 });
    await page.locator('main').getByText('已提交', { exact: true }).first().waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
    await page.close();

    // The GM finds it in the price list approval inbox, with the rise in its changes.
    const gmSession = await product().signIn(DEMO.gm, '审批');
    const gmPage = gmSession.page;
    await menuItem(gmPage, '审批').click();
    await gmPage.waitForURL(/#\/priceListReviews/);
    await gmPage.locator('table tbody tr', { hasText: '翠湖花园' }).click();
    await gmPage.waitForURL(new RegExp(`#/priceListReviews/${priceListId}/show`));
    const changed = gmPage.getByTestId('diff-changed').locator('tr', { hasText: target.itemName });
    await changed.waitFor({ timeout: 30_000 });
    expect(await changed.innerText()).toMatch(new RegExp(`${yuan(target.priceFen).replace('.', '\\.')}\\s*→\\s*${yuan(newPriceFen).replace('.', '\\.')}`));

    // 损益总览 lists the proposed rise among the decisions waiting, pointing to the price list.
    await menuItem(gmPage, '损益总览').click();
    const pending = gmPage.locator('[data-testid="pending-decision"][data-kind="RAISE_PRICE"]', { hasText: target.itemName });
    await pending.waitFor({ timeout: 30_000 });
    expect(await pending.getByRole('link').getAttribute('href')).toContain(priceListId);
    expect(gmSession.errors).toEqual([]);
    await gmPage.close();
  });

  it('the PM proposes to discontinue an item, the GM approves it in 损益总览', async () => {
    const { page, errors } = await product().signIn(DEMO.pm1, '亏损处理');
    const projectId = await projectOf(page, '翠湖花园');
    const target = await findUndecidedItem(page, projectId);

    await menuItem(page, '亏损处理').click();
    await page.waitForURL(/#\/lossDecisions/);
    await page.getByLabel('月份').fill(target.month);
    const row = page.locator(`[data-testid="review-row"][data-item="${target.itemName}"]`);
    await row.waitFor({ timeout: 30_000 });
    await row.getByRole('button', { name: `处理 ${target.itemName}` }).click();
    const dialog = page.getByRole('dialog', { name: new RegExp(`处理 ${escape(target.itemName)}`) });
    await dialog.getByLabel('停办').check();
    await dialog.getByText(/停办需总经理批准/).waitFor();
    // No reason, no decision: the dialog says what is missing.
    await dialog.getByRole('button', { name: '保存决定' }).click();
    expect(await dialog.getByLabel(/^原因和说明/).getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.getByRole('button', { name: '保存决定' }).isDisabled()).toBe(true);
    await dialog.getByLabel(/^原因和说明/).fill('连续亏损且需求很少，建议停办');
    await dialog.getByRole('button', { name: '保存决定' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 30_000 });
    await row.getByTestId('latest-decision').filter({ hasText: '停办' }).filter({ hasText: '待总经理审批' }).waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
    await page.close();

    const gm = await product().signIn(DEMO.gm, '损益总览');
    await menuItem(gm.page, '损益总览').click();
    const pending = gm.page.locator('[data-testid="pending-decision"][data-kind="DISCONTINUE"]', { hasText: target.itemName });
    await pending.waitFor({ timeout: 30_000 });
    expect(await pending.innerText()).toContain('连续亏损且需求很少，建议停办');
    await pending.getByRole('button', { name: '批准' }).click();
    const approve = gm.page.getByRole('dialog', { name: new RegExp(`批准停办 ${escape(target.itemName)}`) });
    await approve.getByLabel('审批意见（可选）').fill('同意停办');
    await approve.getByRole('button', { name: '批准', exact: true }).click();
    await approve.waitFor({ state: 'detached', timeout: 30_000 });
    await pending.waitFor({ state: 'detached', timeout: 30_000 });

    const { lossDecisions } = await gql<{ lossDecisions: { items: Array<{ catalogItemId: string; kind: string; state: string; decisionNote: string | null }> } }>(
      gm.page,
      'query ($projectId: ID) { lossDecisions(projectId: $projectId, kind: DISCONTINUE) { items { catalogItemId kind state decisionNote } } }',
      { projectId },
    );
    expect(lossDecisions.items.find((d) => d.catalogItemId === target.itemId)).toMatchObject({ state: 'APPROVED', decisionNote: '同意停办' });
    expect(gm.errors).toEqual([]);
    await gm.page.close();
  });
});
