import { describe, expect, it } from 'vitest';
import { API_SCOPES } from '../access/scopes.js';
import { PERMISSIONS } from '../access/permissions.js';
import { eventReachesKey, WEBHOOK_EVENT_TYPES, WEBHOOK_EVENTS } from './webhook-events.js';

/** The action whose read scopes decide who hears of an entity. */
const READ_ACTION = { ServiceOrder: 'order.read', Complaint: 'complaint.read', PriceList: 'catalog.read', SurveyResponse: 'survey.read' } as const;

describe('who hears an event', () => {
  it.each(WEBHOOK_EVENT_TYPES)('%s goes to exactly the keys that may read its entity', (type) => {
    const action = READ_ACTION[WEBHOOK_EVENTS[type].entity];
    expect([...WEBHOOK_EVENTS[type].scopes].sort()).toEqual([...PERMISSIONS[action].scopes].sort());
  });

  it('every event names a scope that exists', () => {
    for (const type of WEBHOOK_EVENT_TYPES) for (const s of WEBHOOK_EVENTS[type].scopes) expect(API_SCOPES).toContain(s);
  });

  it.each([
    { rule: 'unrestricted key, any project', key: { scopes: ['orders:read'], projectId: null }, event: { type: 'order.completed', projectId: 'p1' }, reaches: true },
    { rule: 'key of this project', key: { scopes: ['orders:read'], projectId: 'p1' }, event: { type: 'order.completed', projectId: 'p1' }, reaches: true },
    { rule: 'key of another project', key: { scopes: ['orders:read'], projectId: 'p2' }, event: { type: 'order.completed', projectId: 'p1' }, reaches: false },
    { rule: 'scope that cannot read the entity', key: { scopes: ['catalog:read'], projectId: null }, event: { type: 'order.completed', projectId: 'p1' }, reaches: false },
    { rule: 'catalog reader hears a publication', key: { scopes: ['catalog:read'], projectId: 'p1' }, event: { type: 'price_list.published', projectId: 'p1' }, reaches: true },
  ] as const)('$rule → $reaches', ({ key, event, reaches }) => {
    expect(eventReachesKey(key, event)).toBe(reaches);
  });
});
