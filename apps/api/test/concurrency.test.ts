import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createTestApp, type As, type GqlResult, type TestApp } from './harness.js';
import { ok, orderKit, QUOTE, REGISTER } from './order-kit.js';

let app: TestApp;
const kit = orderKit(() => app);
beforeAll(async () => {
  app = await createTestApp();
  await kit.publishCatalog();
});
afterAll(() => app?.close());

const CLIENTS = 50;
const ROUNDS = 3;

interface Attempt {
  client: number;
  sentVersion: number;
  /** The version the write produced, for a success. */
  version?: number;
  value: number;
  code: string | null;
}

/**
 * Fifty clients, each reading the current version and writing its own value with it, a few
 * times over. Optimistic locking must make every success a distinct next version, every loser
 * a CONFLICT, and leave the state of the last success — no write lost, none half-applied.
 */
async function race(opts: {
  read: () => Promise<{ version: number }>;
  write: (client: number, round: number, current: { version: number }) => { value: number; result: Promise<GqlResult> };
  versionOf: (r: GqlResult) => number;
}) {
  const initial = (await opts.read()).version;
  const attempts: Attempt[] = [];
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let round = 0; round < ROUNDS; round++) {
        const current = await opts.read();
        const { value, result } = opts.write(client, round, current);
        const r = await result;
        attempts.push({ client, sentVersion: current.version, value, code: codeOf(r), version: r.errors ? undefined : opts.versionOf(r) });
      }
    }),
  );
  const wins = attempts.filter((a) => a.code === null).sort((a, b) => a.version! - b.version!);
  const losses = attempts.filter((a) => a.code !== null);
  return { initial, attempts, wins, losses };
}

function expectNoLostUpdate(result: Awaited<ReturnType<typeof race>>, final: { version: number; value: number }) {
  const { initial, attempts, wins, losses } = result;
  expect(attempts).toHaveLength(CLIENTS * ROUNDS);
  expect(wins.length).toBeGreaterThan(1);
  expect(losses.length).toBeGreaterThan(0);
  // Every loser was told it lost, with the one code a client retries on.
  expect(new Set(losses.map((a) => a.code))).toEqual(new Set(['CONFLICT']));
  // Every success made the next version from the one it read: v0+1, v0+2, … with no gaps or repeats.
  expect(wins.map((a) => a.version)).toEqual(wins.map((_, i) => initial + 1 + i));
  for (const w of wins) expect(w.version).toBe(w.sentVersion + 1);
  // The final state is the last success's.
  expect(final.version).toBe(initial + wins.length);
  expect(final.value).toBe(wins.at(-1)!.value);
}

describe('50 clients editing one record', () => {
  it('a price list entry', async () => {
    const draft = ok(await app.gql(`mutation($p: ID!) { startPriceListDraft(input: { projectId: $p, from: PUBLISHED }) { id entries { id catalogItemId } } }`, { p: app.fx.p1.id }, { as: 'pm' })).startPriceListDraft;
    const entryId = draft.entries.find((e: { catalogItemId: string }) => e.catalogItemId === kit.item['疏通下水']).id as string;
    // The API reads an entry through its price list.
    const entry = async () =>
      ok(await app.gql(`query($id: ID!) { priceList(id: $id) { entries { id version priceFen } } }`, { id: draft.id }, { as: 'pm' })).priceList.entries.find((e: { id: string }) => e.id === entryId) as { version: number; priceFen: number };

    const result = await race({
      read: entry,
      write: (client, round, current) => {
        const value = 2000 + client * 10 + round;
        return {
          value,
          result: app.gql(`mutation($i: UpdatePriceListEntryInput!) { updatePriceListEntry(input: $i) { version priceFen } }`, { i: { id: entryId, version: current.version, pricing: { mode: 'FIXED', priceFen: value } } }, { as: 'pm' }),
        };
      },
      versionOf: (r) => r.data!.updatePriceListEntry.version,
    });
    const final = await entry();
    expectNoLostUpdate(result, { version: final.version, value: final.priceFen });
  });

  it('an order’s quote', async () => {
    const order = ok(await app.gql(REGISTER, { i: kit.intake() }, { as: 'frontDesk' })).registerServiceOrder;
    const read = async () => ok(await app.gql(`query($id: ID!) { serviceOrder(id: $id) { version quoteVersion quoteTotalFen } }`, { id: order.id })).serviceOrder as { version: number; quoteVersion: number; quoteTotalFen: number };
    const before = await read();
    const result = await race({
      read,
      write: (client, round, current) => {
        // 疏通下水 is ¥30 a visit: each client quotes its own number of visits (in thousandths).
        const quantityMilli = 1000 + client * 10 + round;
        return {
          value: (3000 * quantityMilli) / 1000,
          result: app.gql(QUOTE, { i: { id: order.id, version: current.version, lines: [{ kind: 'CATALOG', catalogItemId: kit.item['疏通下水'], quantityMilli }] } }, { as: 'frontDesk' as As }),
        };
      },
      versionOf: (r) => r.data!.quoteServiceOrder.version,
    });
    const final = await read();
    expectNoLostUpdate(result, { version: final.version, value: final.quoteTotalFen });
    expect(final.quoteVersion - before.quoteVersion).toBe(result.wins.length);
  });

  it('a complaint’s agreed reply times', async () => {
    const c = ok(
      await app.gql(
        `mutation($p: ID!, $u: ID!) { registerComplaint(input: { projectId: $p, unitId: $u, contactName: "张三", contactPhone: "13912345678", description: "电梯异响", channel: "phone", category: 1, valid: true, severity: GENERAL, responsibleDepartment: ENGINEERING }) { id } }`,
        { p: app.fx.p1.id, u: app.fx.unitsP1[12]!.id },
        { as: 'frontDesk' },
      ),
    ).registerComplaint;
    const read = async () => {
      const x = ok(await app.gql(`query($id: ID!) { complaint(id: $id) { version clocks { milestone dueAt } extensions { newDueAt } } }`, { id: c.id })).complaint;
      const due = new Date(x.clocks.find((k: { milestone: string }) => k.milestone === 'resolution').dueAt).getTime();
      return { version: x.version as number, due, extensions: x.extensions.length as number };
    };
    const before = await read();
    const result = await race({
      read,
      write: (client, round, current) => {
        // Later than the deadline the client saw, by its own number of minutes.
        const value = (current as Awaited<ReturnType<typeof read>>).due + (1 + client * ROUNDS + round) * 60_000;
        return {
          value,
          result: app.gql(`mutation($i: AgreeExtensionInput!) { agreeComplaintExtension(input: $i) { version } }`, { i: { id: c.id, version: current.version, milestone: 'RESOLUTION', newDueAt: new Date(value).toISOString(), note: `client ${client}` } }, { as: 'frontDesk' }),
        };
      },
      versionOf: (r) => r.data!.agreeComplaintExtension.version,
    });
    const final = await read();
    expectNoLostUpdate(result, { version: final.version, value: final.due });
    // Each success appended its agreement; none was overwritten by a concurrent one.
    expect(final.extensions - before.extensions).toBe(result.wins.length);
  });
});
