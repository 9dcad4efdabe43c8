/**
 * "Register a serious complaint, see its countdown, resolve it, record a follow-up" in a real
 * browser against the real product (see ./product.ts): the front desk of 翠湖花园 registers a
 * serious category-1 complaint for engineering and watches its deadlines count down; the
 * engineering supervisor (head of the responsible department) accepts it, records the cause and
 * handling and signs; the desk verifies and closes it; its follow-up visit (every complaint is
 * visited) appears in the 回访 worklist and the desk records it as satisfied. The month's
 * statistics show the category bar chart and the 1 % target. Last, with the browser's clock moved
 * on, a fresh complaint's on-site deadline turns 已超时 in red without asking the server.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { gql } from './api';
import { DEMO, menuItem, useProduct } from './product';

const product = useProduct();

async function expectState(page: Page, label: string) {
  await page.locator('main [data-testid="complaint-state"]', { hasText: label }).first().waitFor({ timeout: 30_000 });
  expect(await page.locator('main [data-testid="complaint-state"]').first().innerText()).toBe(label);
}

/** Opens a step's dialog from the toolbar and confirms it (the dialog's button has the same name). */
async function step(page: Page, name: string, fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
  await page.getByRole('button', { name, exact: true }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name, exact: true }).click();
  await dialog.waitFor({ state: 'detached', timeout: 30_000 });
}

describe('complaint', () => {
  it('is registered, counts down, is resolved, verified and closed, and its follow-up recorded', async () => {
    // 1. Front desk: 登记 a serious category-1 complaint for engineering
    const desk = await product().signIn(DEMO.desk, '投诉');
    const page = desk.page;
    await menuItem(page, '投诉').click();
    await page.waitForURL(/#\/complaints/);
    await page.goto(`${product().baseUrl}/#/complaints/create`);
    await page.getByLabel(/^项目/).fill('翠湖');
    await page.getByRole('option', { name: /翠湖花园/ }).first().click();
    await page.getByLabel(/^房号/).click();
    await page.getByRole('option').first().click();
    await page.getByRole('combobox', { name: '住户', exact: true }).click();
    await page.getByRole('option').first().click();
    expect(await page.getByLabel(/^联系人/).inputValue()).not.toBe('');
    await page.getByLabel(/^事情经过/).fill('电梯连续三天停运，老人无法下楼');
    await page.getByLabel(/^住户诉求/).fill('尽快修复并说明原因');
    await page.getByRole('radio', { name: /^1 类 物业管理服务不到位/ }).check();
    await page.getByRole('radio', { name: '有效投诉', exact: true }).check();
    await page.getByRole('radio', { name: '严重', exact: true }).check();
    await page.getByText('严重投诉：须当面或电话向住户致歉', { exact: false }).waitFor();
    await page.getByRole('combobox', { name: /^责任部门/ }).click();
    await page.getByRole('option', { name: '工程部', exact: true }).click();
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/complaints\/[^/]+\/show/, { timeout: 30_000 });
    const complaintUrl = page.url();
    await expectState(page, '已登记');
    const number = (await page.locator('main h1').first().innerText()).trim();
    expect(number).toMatch(/^CHHY-T\d{8}-\d{3}$/);
    await page.getByText('当面或电话致歉', { exact: true }).waitFor();

    // 2. The countdowns: on site within 1 hour, first feedback within 4, resolution in 5 working days.
    const onSite = page.getByTestId('clock-on_site');
    await onSite.waitFor();
    expect(await onSite.getByTestId('clock-remaining').innerText()).toMatch(/^剩余 (59|60) 分钟$|^剩余 1 小时$/);
    expect(await onSite.getByTestId('clock-due').innerText()).toMatch(/\d{4}\/\d{1,2}\/\d{1,2} \d{1,2}:\d{2}:\d{2}/);
    expect(await onSite.getByTestId('clock-countdown').getAttribute('data-status')).toBe('running');
    expect(await page.getByTestId('clock-first_feedback').getByTestId('clock-remaining').innerText()).toMatch(/^剩余 [34] 小时/);
    expect(await page.getByTestId('clock-resolution').getByTestId('clock-remaining').innerText()).toMatch(/^剩余 \d+ 天/);
    expect(await page.getByTestId('clock-resolution').innerText()).toContain('按工作时间计');

    // The inbox shows it with its most pressing deadline.
    await page.goto(`${product().baseUrl}/#/complaints`);
    const row = page.locator('tr', { hasText: number });
    await row.waitFor({ timeout: 30_000 });
    expect(await row.getByTestId('clock-countdown').innerText()).toMatch(/到场 · 进行中\s*剩余 \d+ 分钟/);
    expect(desk.errors).toEqual([]);
    await page.close();

    // 3. Engineering supervisor: 受理, 记录处理结果 (cause, handling), 部门负责人签字
    const sup = await product().signIn(DEMO.supervisor, '投诉');
    await sup.page.goto(complaintUrl);
    await expectState(sup.page, '已登记');
    expect(await sup.page.getByRole('button', { name: '客服验证', exact: true }).count()).toBe(0);
    await step(sup.page, '受理');
    await expectState(sup.page, '处理中');
    await step(sup.page, '记录处理结果', async (dialog) => {
      await dialog.getByLabel(/^原因/).fill('曳引机控制板老化');
      await dialog.getByLabel(/^处理措施/).fill('更换控制板并加入周巡检');
    });
    await expectState(sup.page, '待部门签字');
    await step(sup.page, '部门负责人签字');
    await expectState(sup.page, '待客服验证');
    // Resolution reached: its clock is met, no countdown left.
    expect(await sup.page.getByTestId('clock-resolution').getByTestId('clock-countdown').getAttribute('data-status')).toBe('met');
    expect(sup.errors).toEqual([]);
    await sup.page.close();

    // 4. Front desk: 客服验证, 关闭
    const desk2 = await product().signIn(DEMO.desk, '投诉');
    const page2 = desk2.page;
    await page2.goto(complaintUrl);
    await expectState(page2, '待客服验证');
    await step(page2, '客服验证');
    await expectState(page2, '已验证');
    await step(page2, '关闭');
    await expectState(page2, '已关闭');
    const timeline = await page2.getByTestId('timeline').innerText();
    expect(timeline).toMatch(/登记[\s\S]*受理[\s\S]*记录处理结果[\s\S]*部门负责人签字[\s\S]*客服验证[\s\S]*关闭/);
    expect(timeline).toContain('更换控制板并加入周巡检');

    // 5. 回访: the complaint's visit is in the worklist; recorded as satisfied it leaves the list.
    await menuItem(page2, '回访').click();
    const visit = page2.locator('tr', { hasText: number });
    await visit.waitFor({ timeout: 30_000 });
    expect(await visit.innerText()).toContain('部门主管会同客服');
    expect(await visit.getByTestId('overdue-flag').count()).toBe(0);
    await visit.getByRole('button', { name: '记录回访' }).click();
    const record = page2.getByRole('dialog');
    for (const group of ['服务质量', '处理效果', '满意度']) {
      await record.getByRole('radiogroup', { name: group }).getByRole('radio', { name: '满意', exact: true }).check();
    }
    await record.getByLabel('不足之处').fill('无');
    await record.getByLabel('住户已确认回访记录').check();
    await record.getByRole('button', { name: '记录回访', exact: true }).click();
    await record.waitFor({ state: 'detached', timeout: 30_000 });
    await visit.waitFor({ state: 'detached', timeout: 30_000 });
    expect(page2.url()).toMatch(/#\/followUps/);
    // The state filter shows the visited ones (due soonest first, so older visits come first) …
    await page2.getByRole('combobox', { name: /^状态/ }).click();
    await page2.getByRole('option', { name: '已回访', exact: true }).click();
    await page2.locator('tbody tr', { hasText: '已回访' }).first().waitFor({ timeout: 30_000 });
    expect(await page2.locator('tbody tr', { hasText: '待回访' }).count()).toBe(0);
    // … and ours was stored as the desk recorded it.
    // (Visited ones come due soonest first: a visit due in three days is at the end.)
    const total = (await gql<{ followUps: { totalCount: number } }>(page2, '{ followUps(state: VISITED, take: 1) { totalCount } }')).followUps.totalCount;
    const { followUps } = await gql<{ followUps: { items: Array<{ subjectLabel: string; quality: string; effect: string; satisfaction: string; residentConfirmed: boolean; openedComplaintId: string | null }> } }>(
      page2,
      `query ($skip: Int!) { followUps(state: VISITED, take: 25, skip: $skip) { items { subjectLabel quality effect satisfaction residentConfirmed openedComplaintId } } }`,
      { skip: Math.max(0, total - 25) },
    );
    const ours = followUps.items.find((f) => f.subjectLabel === number);
    expect(ours).toEqual({ subjectLabel: number, quality: 'SATISFIED', effect: 'SATISFIED', satisfaction: 'SATISFIED', residentConfirmed: true, openedComplaintId: null });

    // 6. 投诉统计 for this month: the category bars (ours is category 1) and the 1 % target line.
    await menuItem(page2, '投诉统计').click();
    const chart = page2.getByTestId('category-chart');
    await chart.waitFor({ timeout: 30_000 });
    const bars = chart.getByTestId('bar');
    expect(await bars.count()).toBeGreaterThanOrEqual(1);
    expect(Number(await bars.first().getAttribute('data-value'))).toBeGreaterThanOrEqual(1);
    const target = page2.getByTestId('rate-chart').getByTestId('target-label');
    expect(await target.textContent()).toBe('目标 1%');
    expect(await page2.getByTestId('rate-chart').getByTestId('target-line').count()).toBe(1);
    expect(Number(await page2.getByTestId('stat-complaints').innerText())).toBeGreaterThanOrEqual(1);
    expect(await page2.getByTestId('sla-trend').getByTestId('trend-point').count()).toBeGreaterThan(0);
    expect(desk2.errors).toEqual([]);

    // 7. Live countdown: a new complaint's on-site deadline, with the browser an hour and two minutes on.
    const fresh = await gql<{ registerComplaint: { id: string } }>(
      page2,
      `mutation ($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id } }`,
      {
        input: {
          projectId: (await gql<{ me: { projects: Array<{ id: string; name: string }> } }>(page2, '{ me { projects { id name } } }')).me.projects.find((p) => p.name === '翠湖花园')!.id,
          kind: 'COMPLAINT',
          contactName: '测试住户',
          contactPhone: '13800000001',
          description: '单元门门禁失灵',
          channel: 'phone',
          category: 1,
          valid: true,
          severity: 'GENERAL',
          responsibleDepartment: 'ENGINEERING',
        },
      },
    );
    await page2.clock.install();
    await page2.goto(`${product().baseUrl}/#/complaints/${fresh.registerComplaint.id}/show`);
    const freshOnSite = page2.getByTestId('clock-on_site');
    await freshOnSite.getByTestId('clock-remaining').filter({ hasText: /^剩余 \d+ 分钟$/ }).waitFor({ timeout: 30_000 });
    await page2.clock.fastForward('03:00');
    await freshOnSite.getByTestId('clock-remaining').filter({ hasText: /^剩余 5[67] 分钟$/ }).waitFor({ timeout: 10_000 });
    await page2.clock.fastForward('01:00:00');
    await freshOnSite.locator('[data-status="breached"]').waitFor({ timeout: 10_000 });
    expect(await freshOnSite.getByTestId('clock-remaining').innerText()).toMatch(/^已超时 [1-3] 分钟$/);
    expect(await freshOnSite.innerText()).toContain('已超时');
    await page2.close();
  });
});
