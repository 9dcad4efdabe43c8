import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotificationsService } from '../src/modules/notifications/notifications.service.js';
import { Notification } from '../src/modules/notifications/notification.entity.js';
import { codeOf, createTestApp, type As, type TestApp } from './harness.js';
import { ok, orderKit, step } from './order-kit.js';
import type { Locale } from '../src/request-scope.js';

/** README §3.6 and §3.8: the people on an order hear of cancellations, changes and dissatisfied sign-offs at once. */
let app: TestApp;
const { publishCatalog, assignedOrder, completedOrder, drain } = orderKit(() => app);

const INBOX = `query($u: Boolean!) { myNotifications(unreadOnly: $u) { totalCount items { id kind subjectType subjectId subjectLabel title body readAt } } unreadNotificationCount }`;
const inbox = async (as: As, unreadOnly = false, locale?: Locale) => ok(await app.gql(INBOX, { u: unreadOnly }, { as, locale }));
const about = async (as: As, orderId: string) => (await inbox(as)).myNotifications.items.filter((n: { subjectId: string }) => n.subjectId === orderId);

beforeAll(async () => {
  app = await createTestApp();
  await publishCatalog();
});
afterAll(() => app?.close());

describe('order notifications', () => {
  it('tells the supervisor of a dispatch and the worker of an assignment, never the one who acted', async () => {
    const order = await assignedOrder(drain());
    const sup = await about('supervisor', order.id);
    expect(sup.map((n: { kind: string }) => n.kind)).toEqual(['ORDER_DISPATCHED']);
    expect(sup[0]).toMatchObject({ subjectType: 'ServiceOrder', subjectLabel: order.number, title: `新派单：${order.number}`, readAt: null });
    expect((await about('worker', order.id)).map((n: { kind: string }) => n.kind)).toEqual(['ORDER_ASSIGNED']);
    expect(await about('frontDesk', order.id)).toEqual([]);
    const en = (await inbox('worker', false, 'en')).myNotifications.items.find((n: { subjectId: string }) => n.subjectId === order.id);
    expect(en.title).toBe(`Assigned to you: ${order.number}`);
  });

  it('tells supervisor and worker at once when the resident cancels, with the reason', async () => {
    const order = await assignedOrder(drain());
    ok(await app.gql(step('cancelServiceOrder', 'CancelInput'), { i: { id: order.id, version: order.version, cancelledBy: 'resident', reason: '业主临时出差' } }, { as: 'frontDesk' }));
    for (const who of ['supervisor', 'worker'] as const) {
      const cancelled = (await about(who, order.id)).filter((n: { kind: string }) => n.kind === 'ORDER_CANCELLED');
      expect(cancelled).toHaveLength(1);
      expect(cancelled[0].body).toBe('业主临时出差');
    }
  });

  it('tells them of a new appointment time and of a changed quote that needs fresh consent', async () => {
    const order = await assignedOrder(drain(), { urgency: 'NORMAL', appointmentStart: new Date(Date.now() + 86_400_000).toISOString(), appointmentEnd: new Date(Date.now() + 90_000_000).toISOString() });
    const start = new Date(Date.now() + 2 * 86_400_000);
    const rebooked = ok(await app.gql(step('bookServiceOrder', 'BookInput'), { i: { id: order.id, version: order.version, start: start.toISOString(), end: new Date(start.getTime() + 7_200_000).toISOString(), note: '业主改约周五' } }, { as: 'frontDesk' })).bookServiceOrder;
    expect((await about('worker', order.id)).map((n: { kind: string }) => n.kind)).toContain('ORDER_REBOOKED');
    ok(await app.gql(step('quoteServiceOrder', 'QuoteServiceOrderInput'), { i: { id: order.id, version: rebooked.version, lines: drain(2) } }, { as: 'frontDesk' }));
    expect((await about('supervisor', order.id)).map((n: { kind: string }) => n.kind)).toContain('ORDER_REQUOTED');
  });

  it('shows a dissatisfied sign-off to the supervisor, and a satisfied one to nobody', async () => {
    const bad = await completedOrder(drain(), {}, 2);
    expect((await about('supervisor', bad.id)).map((n: { kind: string }) => n.kind)).toContain('ORDER_DISSATISFIED');
    const good = await completedOrder(drain(), {}, 5);
    expect((await about('supervisor', good.id)).map((n: { kind: string }) => n.kind)).not.toContain('ORDER_DISSATISFIED');
  });

  it('marks one or all read, and only the caller’s own', async () => {
    const before = await inbox('supervisor');
    expect(before.unreadNotificationCount).toBeGreaterThan(1);
    const [first] = before.myNotifications.items;
    // Someone else cannot mark the supervisor's notification read.
    ok(await app.gql(`mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids: [first.id] }, { as: 'worker' }));
    expect((await inbox('supervisor')).unreadNotificationCount).toBe(before.unreadNotificationCount);
    const left = ok(await app.gql(`mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids: [first.id, 'not-an-id'] }, { as: 'supervisor' })).markNotificationsRead;
    expect(left).toBe(before.unreadNotificationCount - 1);
    const unread = await inbox('supervisor', true);
    expect(unread.myNotifications.items.map((n: { id: string }) => n.id)).not.toContain(first.id);
    expect(ok(await app.gql(`mutation { markNotificationsRead }`, {}, { as: 'supervisor' })).markNotificationsRead).toBe(0);
    expect((await inbox('supervisor')).myNotifications.items.every((n: { readAt: string | null }) => n.readAt)).toBe(true);
  });

  it('is nobody else’s business: another user sees only their own inbox, a partner key has none', async () => {
    const order = await assignedOrder(drain());
    expect(await about('pm', order.id)).toEqual([]);
    expect(codeOf(await app.gql(`{ myNotifications { totalCount } }`, {}, { as: 'partner' }))).toBe('FORBIDDEN');
  });
});

describe('notification delivery', () => {
  it('stores an event once per recipient even when sent concurrently', async () => {
    const service = new NotificationsService();
    const draft = {
      companyId: app.fx.companyA.id,
      projectId: app.fx.p1.id,
      recipientId: app.fx.users.pm.id,
      kind: 'complaint_breached' as const,
      subjectType: 'Complaint' as const,
      subjectId: app.fx.p1.id,
      subjectLabel: 'TS-1',
      params: { milestone: '到场' },
      dedupeKey: 'complaint:x:on_site:breach',
    };
    const sends = await Promise.all(
      Array.from({ length: 5 }, () => app.orm.em.fork().transactional((em) => service.send(em, [draft], new Date()))),
    );
    expect(sends.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await app.orm.em.fork().count(Notification, { dedupeKey: draft.dedupeKey }, { filters: false })).toBe(1);
  });
});
