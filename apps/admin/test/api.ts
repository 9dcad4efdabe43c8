/**
 * Setup through the product's own API, from a signed-in page (same origin, the page's token
 * unless another is given), for steps a browser test is not about.
 */
import type { Page } from 'playwright-core';

export async function gql<T = Record<string, unknown>>(page: Page, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const result = await page.evaluate(
    async ({ query, variables, token }) => {
      const bearer = token ?? localStorage.getItem('wuye.token');
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': 'zh-CN', ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
    },
    { query, variables, token },
  );
  if (result.errors?.length) throw new Error(`GraphQL: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.data as T;
}

/** Another person's token and identity, without touching the page's own session. */
export async function loginAs(page: Page, login: string, password: string): Promise<{ token: string; id: string; name: string }> {
  const { login: result } = await gql<{ login: { __typename: string; token: string; viewer: { user: { id: string; name: string } } } }>(
    page,
    `mutation ($input: LoginInput!) { login(input: $input) { __typename ... on LoginSuccess { token viewer { user { id name } } } } }`,
    { input: { login, password } },
  );
  if (result.__typename !== 'LoginSuccess') throw new Error(`login failed for ${login}`);
  return { token: result.token, id: result.viewer.user.id, name: result.viewer.user.name };
}

export type Order = { id: string; number: string; version: number };
const ORDER = 'id number version';

/** A free repair for a resident of 翠湖花园 (the page's viewer's project), consented (free orders skip quoting). */
export async function consentedFreeRepair(page: Page, description: string): Promise<Order> {
  const { me } = await gql<{ me: { projects: Array<{ id: string; name: string }> } }>(page, '{ me { projects { id name } } }');
  const project = me.projects.find((p) => p.name === '翠湖花园')!;
  const { residents } = await gql<{ residents: { items: Array<{ id: string; unitId: string; name: string; phone: string }> } }>(
    page,
    'query ($projectId: ID) { residents(filter: { projectId: $projectId }, take: 1) { items { id unitId name phone } } }',
    { projectId: project.id },
  );
  const resident = residents.items[0]!;
  const day = new Date(Date.now() + 8 * 3600_000 + 2 * 24 * 3600_000).toISOString().slice(0, 10);
  const order = await orderStep(page, 'registerServiceOrder', 'RegisterServiceOrderInput', {
    unitId: resident.unitId,
    residentId: resident.id,
    contactName: resident.name,
    contactPhone: resident.phone,
    description,
    channel: 'PHONE',
    serviceType: 'REPAIR',
    charge: 'FREE',
    urgency: 'NORMAL',
    appointmentStart: `${day}T10:00:00+08:00`,
    appointmentEnd: `${day}T12:00:00+08:00`,
  });
  return orderStep(page, 'recordConsent', 'ConsentInput', { id: order.id, version: order.version, method: 'IN_PERSON', consentBy: resident.name });
}

/** Dispatches a consented order to the supervisor (with the page's token), who assigns it to the worker. */
export async function dispatchAndAssign(page: Page, order: Order, supervisor: { id: string; token: string }, workerId: string): Promise<Order> {
  const sent = await orderStep(page, 'dispatchServiceOrder', 'DispatchInput', { id: order.id, version: order.version, supervisorId: supervisor.id });
  return orderStep(page, 'assignServiceOrder', 'AssignInput', { id: sent.id, version: sent.version, workerId }, supervisor.token);
}

/** One service order mutation `mutation(input: type!)`, returning the order's id, number and version. */
async function orderStep(page: Page, mutation: string, type: string, input: Record<string, unknown>, token?: string): Promise<Order> {
  const data = await gql<Record<string, Order>>(page, `mutation ($input: ${type}!) { ${mutation}(input: $input) { ${ORDER} } }`, { input }, token);
  return data[mutation]!;
}

/** "¥1,234.50" or "-¥5.00" → fen, by string arithmetic like the console. */
export function fenOf(text: string): number {
  const match = /(-?)¥([\d,]+)\.(\d{2})/.exec(text);
  if (!match) throw new Error(`No amount in ${JSON.stringify(text)}`);
  return (match[1] ? -1 : 1) * (Number(match[2]!.replace(/,/g, '')) * 100 + Number(match[3]));
}
