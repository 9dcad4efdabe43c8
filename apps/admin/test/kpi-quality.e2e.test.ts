/**
 * 考核与品质 in a real browser against the real product (see ./product.ts), independent of what
 * the demo's twelve months hold:
 * (a) the general manager lands on the KPI dashboard — projects × KPIs in their colours with a
 *     twelve-month sparkline each — and drills into a project's KPI page, whose figures are the
 *     API's and match the dashboard;
 * (b) a penalty set up through the API (recorded by the project manager for the worker, confirmed
 *     by the GM) is appealed by the worker from 我的考核, the project manager overturns it in 扣分审核,
 *     and the worker sees the decision and the points back;
 * (c) a supervisor records a daily inspection with one nonconformity on a phone-sized screen; it
 *     shows up in 整改跟踪, and the worker named responsible acknowledges it from 我的整改.
 */
import { addMonths, formatBasisPoints, shanghaiMonthKey } from '@wuye/domain';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { KPI_STATUS_TONES } from '../src/kpi-dashboard/kpi-status';
import { gql, loginAs } from './api';
import { DEMO, menuItem, useProduct } from './product';

const product = useProduct();

const STATUSES = Object.keys(KPI_STATUS_TONES);

/** "#ffcdd2" → "rgb(255, 205, 210)", as getComputedStyle reports a colour. */
const rgb = (hex: string) => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

/** A list screen with one filter set through its URL, as react-admin keeps it (so demo rows beyond page one never hide ours). */
const filtered = (resource: string, filter: Record<string, unknown>) => `${product().baseUrl}/#/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;

const projectOf = async (page: Page, name: string) => {
  const { me } = await gql<{ me: { projects: Array<{ id: string; name: string }> } }>(page, '{ me { projects { id name } } }');
  const project = me.projects.find((p) => p.name === name);
  if (!project) throw new Error(`${name} is not among the viewer's projects`);
  return project.id;
};

describe('KPI dashboard', () => {
  it('is the GM’s landing page: projects × KPIs coloured by status with sparklines, and a project drills into its KPI page', async () => {
    const { page, errors } = await product().signIn(DEMO.gm, '扣分审核');
    // Signed in, the console opens on its landing page: for the GM, the dashboard.
    const table = page.getByTestId('kpi-dashboard');
    await table.waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).hash).toMatch(/^#\/(\?.*)?$/);
    const month = addMonths(shanghaiMonthKey(new Date()), -1);
    expect(await page.getByLabel('月份').inputValue()).toBe(month);

    // One row per project the GM reviews, one column per KPI (the procedures' twelve).
    const { kpiDashboard } = await gql<{ kpiDashboard: { months: string[]; projects: Array<{ projectId: string; projectName: string; kpis: Array<{ kpi: string; value: number | null; unit: string; status: string }> }> } }>(
      page,
      'query ($m: String!) { kpiDashboard(month: $m, months: 12) { months projects { projectId projectName kpis { kpi value unit status } } } }',
      { m: month },
    );
    expect(kpiDashboard.months).toHaveLength(12);
    const rows = table.getByTestId('kpi-row');
    expect(await rows.count()).toBe(kpiDashboard.projects.length);
    expect(kpiDashboard.projects.map((p) => p.projectName)).toEqual(expect.arrayContaining(['翠湖花园', '锦绣家园', '中信广场']));
    expect(await table.getByTestId('kpi-column').count()).toBe(12);
    const cells = table.getByTestId('kpi-cell');
    expect(await cells.count()).toBe(12 * kpiDashboard.projects.length);

    // Every cell in the colour of the API's status; red, amber or green where a target is set and data exists.
    const shown = await cells.evaluateAll((els) =>
      els.map((el) => ({ kpi: el.getAttribute('data-kpi'), status: el.getAttribute('data-status')!, background: getComputedStyle(el).backgroundColor, value: el.querySelector('[data-testid="kpi-value"]')!.textContent, points: Number(el.querySelector('[data-testid="sparkline"]')?.getAttribute('data-points') ?? -1) })),
    );
    for (const cell of shown) {
      expect(STATUSES).toContain(cell.status);
      expect(cell.background).toBe(rgb(KPI_STATUS_TONES[cell.status as keyof typeof KPI_STATUS_TONES].background));
      // A sparkline per cell: at most one point per month of the twelve.
      expect(cell.points).toBeGreaterThanOrEqual(0);
      expect(cell.points).toBeLessThanOrEqual(12);
    }
    expect(shown.some((c) => ['RED', 'AMBER', 'GREEN'].includes(c.status))).toBe(true);
    expect(shown.some((c) => c.points > 1)).toBe(true);
    // The complaint rate (basis points) as a percentage, as the API has it.
    const first = kpiDashboard.projects[0]!;
    const rate = first.kpis.find((k) => k.kpi === 'complaint_rate')!;
    const firstRow = rows.filter({ has: page.getByRole('link', { name: first.projectName, exact: true }) });
    expect(await firstRow.locator('[data-kpi="complaint_rate"] [data-testid="kpi-value"]').innerText()).toBe(rate.value == null ? '—' : formatBasisPoints(rate.value));
    expect(await firstRow.locator('[data-kpi="complaint_rate"]').getAttribute('data-status')).toBe(rate.status);

    // Drill into 翠湖花园: twelve KPIs with their target, status and a twelve-month trend.
    const projectId = await projectOf(page, '翠湖花园');
    const dashboardValues: Record<string, string> = {};
    const cuihuRow = rows.filter({ has: page.getByRole('link', { name: '翠湖花园', exact: true }) });
    for (const kpi of ['complaint_rate', 'order_sla_met', 'staff_average_score']) dashboardValues[kpi] = await cuihuRow.locator(`[data-kpi="${kpi}"] [data-testid="kpi-value"]`).innerText();
    await page.getByRole('link', { name: '翠湖花园', exact: true }).click();
    await page.waitForURL(new RegExp(`#/projectKpis/${projectId}/show\\?month=${month}`));
    await page.getByTestId('project-kpis-title').filter({ hasText: '翠湖花园' }).waitFor({ timeout: 30_000 });
    const cards = page.getByTestId('project-kpi');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(12);
    const { projectKpis } = await gql<{ projectKpis: Array<{ kpi: string; status: string; target: number | null }> }>(page, 'query ($p: ID!, $m: String!) { projectKpis(projectId: $p, month: $m) { kpi status target } }', { p: projectId, m: month });
    for (const k of projectKpis) {
      const card = page.locator(`[data-testid="project-kpi"][data-kpi="${k.kpi}"]`);
      expect(await card.getAttribute('data-status')).toBe(k.status);
      expect(await card.getByTestId('kpi-trend').count()).toBe(1);
      expect(await card.innerText()).toContain(k.target == null ? '未设目标' : '目标');
    }
    for (const [kpi, text] of Object.entries(dashboardValues)) {
      expect(await page.locator(`[data-testid="project-kpi"][data-kpi="${kpi}"] [data-testid="project-kpi-value"]`).innerText()).toBe(text);
    }
    // The complaint rate's target is strict ("below 1 %"), read from the company's settings.
    expect(await page.locator('[data-testid="project-kpi"][data-kpi="complaint_rate"]').innerText()).toContain('目标 < 1.00%');

    await page.getByRole('link', { name: '返回绩效看板' }).click();
    await page.getByTestId('kpi-dashboard').waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('penalty appeal', () => {
  it('a worker appeals a confirmed penalty from 我的考核, the project manager overturns it in 扣分审核, and the worker sees the result', async () => {
    // Setup through the API: the project manager records −1 for the worker; the GM confirms it.
    // (The worker belongs to no department, so no supervisor judges them; and the one who confirmed
    // a penalty may not decide its appeal, so the project manager does not confirm it.)
    // Pages of one browser share the session, so each person signs in after the last one is done.
    const setup = await product().signIn(DEMO.pm1, '扣分审核');
    const projectId = await projectOf(setup.page, '翠湖花园');
    const worker = await loginAs(setup.page, DEMO.worker, DEMO.password);
    const gm = await loginAs(setup.page, DEMO.gm, DEMO.password);
    const note = `e2e 未按流程登记维修材料 ${Date.now()}`;
    const { recordPenalty } = await gql<{ recordPenalty: { id: string; version: number } }>(setup.page, 'mutation ($i: RecordPenaltyInput!) { recordPenalty(input: $i) { id version } }', {
      i: { projectId, userId: worker.id, rule: 'PROCEDURE_VIOLATION', occurredAt: new Date().toISOString(), note },
    });
    await gql(setup.page, 'mutation ($i: PenaltyStepInput!) { stepPenaltyEntry(input: $i) { state } }', { i: { id: recordPenalty.id, version: recordPenalty.version, action: 'CONFIRM' } }, gm.token);
    await setup.page.close();

    // The worker: 我的考核 shows the confirmed entry, its why and until when to appeal; they appeal with grounds.
    const w = await product().signIn(DEMO.worker, '我的考核');
    await menuItem(w.page, '我的考核').click();
    const row = w.page.locator(`[data-testid="my-entry"][data-entry="${recordPenalty.id}"]`);
    await row.waitFor({ timeout: 30_000 });
    expect(await row.getAttribute('data-state')).toBe('CONFIRMED');
    expect(await row.innerText()).toContain(note);
    expect(await row.innerText()).toContain('不按程序操作');
    const deducted = async (page: Page) => Number((await page.getByTestId('my-deducted').first().innerText()).replace('−', ''));
    const deductedBefore = await deducted(w.page);
    expect(deductedBefore).toBeGreaterThanOrEqual(1);
    await row.getByRole('button', { name: '申诉', exact: true }).click();
    const appeal = w.page.getByRole('dialog');
    await appeal.getByText('申诉须在', { exact: false }).waitFor();
    await appeal.getByLabel(/^申诉理由/).fill('当天材料单已交给主管，有签收记录');
    await appeal.getByRole('button', { name: '提交申诉', exact: true }).click();
    await appeal.waitFor({ state: 'detached', timeout: 30_000 });
    await w.page.locator(`[data-testid="my-entry"][data-entry="${recordPenalty.id}"][data-state="APPEALED"]`).waitFor({ timeout: 30_000 });
    expect(await row.getByRole('button', { name: '申诉', exact: true }).count()).toBe(0);
    expect(w.errors).toEqual([]);
    await w.page.close();

    // The project manager: 扣分审核 lists it under appeal; they overturn it with the reason.
    const pm = await product().signIn(DEMO.pm1, '扣分审核');
    await pm.page.goto(filtered('penaltyEntries', { state: 'APPEALED' }));
    const entry = pm.page.locator('tr', { hasText: note });
    await entry.waitFor({ timeout: 30_000 });
    expect(await entry.getByTestId('penalty-state').innerText()).toBe('申诉中');
    await entry.getByRole('button', { name: '撤销扣分', exact: true }).click();
    const decide = pm.page.getByRole('dialog');
    await decide.getByTestId('penalty-reason').fill('经核实材料单已签收，扣分撤销');
    await decide.getByRole('button', { name: '撤销扣分', exact: true }).click();
    await decide.waitFor({ state: 'detached', timeout: 30_000 });
    // No longer under appeal: decided.
    await entry.waitFor({ state: 'detached', timeout: 30_000 });
    expect(pm.errors).toEqual([]);
    await pm.page.close();

    // The worker sees the decision with its reason, and the point back.
    const again = await product().signIn(DEMO.worker, '我的考核');
    await menuItem(again.page, '我的考核').click();
    const decided = again.page.locator(`[data-testid="my-entry"][data-entry="${recordPenalty.id}"][data-state="OVERTURNED"]`);
    await decided.waitFor({ timeout: 30_000 });
    expect(await decided.getByTestId('penalty-state').innerText()).toBe('申诉成立');
    expect(await decided.getByTestId('decision-note').innerText()).toContain('经核实材料单已签收，扣分撤销');
    expect(await deducted(again.page)).toBe(deductedBefore - 1);
    expect(again.errors).toEqual([]);
    await again.page.close();
  });
});

describe('inspection on a phone', () => {
  it('a supervisor records a daily check with a nonconformity; it shows in 整改跟踪 and the worker acknowledges it in 我的整改', async () => {
    const sup = await product().signIn(DEMO.supervisor, '三级检查');
    const phone = sup.page;
    const worker = await loginAs(phone, DEMO.worker, DEMO.password);
    const description = `e2e 水箱未加锁 ${Date.now()}`;
    // On a phone the menu starts closed, as after a phone sign-in.
    await phone.evaluate(() => localStorage.setItem('RaStore.sidebar.open', 'false'));
    await phone.setViewportSize({ width: 375, height: 812 });
    await phone.goto(`${product().baseUrl}/#/inspections/create`);
    await phone.reload();
    const form = phone.getByTestId('inspection-form');
    await form.waitFor({ timeout: 30_000 });
    // The engineering team leader's own level and area.
    expect(await phone.getByTestId('inspection-level').inputValue()).toBe('DAILY');
    expect(await phone.getByTestId('inspection-area').inputValue()).toBe('ENGINEERING');
    const items = phone.getByTestId('checklist-item');
    await items.first().waitFor({ timeout: 30_000 });
    const passButton = items.nth(0).getByRole('button', { name: '合格', exact: true });
    expect((await passButton.boundingBox())!.height).toBeGreaterThanOrEqual(48);
    await passButton.click();
    const faulty = items.nth(1);
    const itemTitle = (await faulty.getAttribute('data-item'))!;
    await faulty.getByRole('button', { name: '不合格', exact: true }).click();
    await faulty.getByRole('button', { name: '一般', exact: true }).click();
    await faulty.getByLabel(/^问题描述/).fill(description);
    await faulty.getByLabel('照片编号/存放位置').fill('oss://inspections/e2e/pump.jpg');
    await faulty.getByRole('combobox', { name: /^责任人/ }).click();
    await phone.getByRole('option', { name: new RegExp(`^${worker.name}`) }).click();
    // Everything fits the phone's width.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await phone.getByTestId('record-inspection').click();
    await phone.waitForURL(/#\/inspections\/[^/]+\/show/, { timeout: 30_000 });
    const finding = phone.locator('[data-testid="finding-row"][data-result="NONCONFORMITY"]');
    await finding.waitFor({ timeout: 30_000 });
    expect(await finding.innerText()).toContain(description);
    expect(await finding.getByTestId('finding-state').innerText()).toBe('待签字确认');

    // 整改跟踪: the nonconformity with its responsible person, waiting for their signature.
    await phone.setViewportSize({ width: 1400, height: 900 });
    await phone.goto(filtered('inspectionFindings', { state: 'OPEN' }));
    const tracked = phone.locator('tr', { hasText: description });
    await tracked.waitFor({ timeout: 30_000 });
    expect(await tracked.innerText()).toContain(itemTitle);
    expect(await tracked.innerText()).toContain(worker.name);
    expect(await tracked.getByTestId('finding-state').innerText()).toBe('待签字确认');
    expect(sup.errors).toEqual([]);
    await phone.close();

    // 我的整改: the worker signs it, and it leaves their list (nothing more for them to do yet).
    const w = await product().signIn(DEMO.worker, '我的整改');
    await w.page.goto(filtered('myFindings', { state: 'OPEN' }));
    const mine = w.page.locator('tr', { hasText: description });
    await mine.waitFor({ timeout: 30_000 });
    expect(await mine.getByTestId('finding-state').innerText()).toBe('待签字确认');
    await mine.getByRole('button', { name: '签字确认', exact: true }).click();
    const sign = w.page.getByRole('dialog');
    await sign.getByRole('button', { name: '签字确认', exact: true }).click();
    await sign.waitFor({ state: 'detached', timeout: 30_000 });
    await mine.waitFor({ state: 'detached', timeout: 30_000 });
    expect(w.errors).toEqual([]);
    await w.page.close();

    // The tracker shows it signed, waiting for the corrective action the supervisor plans.
    const back = await product().signIn(DEMO.supervisor, '整改跟踪');
    await back.page.goto(filtered('inspectionFindings', { state: 'ACKNOWLEDGED' }));
    const signed = back.page.locator('tr', { hasText: description });
    await signed.getByTestId('finding-state').filter({ hasText: '待制定措施' }).waitFor({ timeout: 30_000 });
    expect(await signed.getByRole('button', { name: '制定措施', exact: true }).count()).toBe(1);
    expect(back.errors).toEqual([]);
    await back.page.close();
  });
});

describe('company settings', () => {
  it('a draft with a bad value stays on the page and sends nothing; a valid one saves, on both tabs', async () => {
    const { page, errors } = await product().signIn(DEMO.gm, '扣分审核');
    await page.goto(`${product().baseUrl}/#/companySettings`);

    // 时限与日历: saved as it stands.
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('设置已保存').waitFor();
    // (The KPI numbers are kept with the company's settings: read them after that save.)
    const before = (await gql<{ kpiSettings: { baseScore: number; version: number } }>(page, '{ kpiSettings { baseScore version } }')).kpiSettings;

    // 考核与品质: a base score that is not a number is refused on its field, nothing is sent.
    await page.getByRole('tab', { name: '考核与品质' }).click();
    const baseScore = page.getByLabel('基础分', { exact: true });
    await baseScore.fill('一百');
    await page.getByTestId('save-kpi-settings').click();
    await page.getByText('请更正标红的项目').waitFor();
    expect((await gql<{ kpiSettings: { version: number } }>(page, '{ kpiSettings { version } }')).kpiSettings.version).toBe(before.version);

    // The same score written properly saves.
    await baseScore.fill(String(before.baseScore));
    await page.getByTestId('save-kpi-settings').click();
    await page.getByText('考核设置已保存').waitFor();
    expect(errors).toEqual([]);
  });
});
