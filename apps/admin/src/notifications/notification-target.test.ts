import { describe, expect, it } from 'vitest';
import { notificationPath } from './notification-target';

describe('notification targets', () => {
  it('opens an order or a complaint on its page', () => {
    expect(notificationPath({ subjectType: 'ServiceOrder', subjectId: '0193-a' })).toBe('/serviceOrders/0193-a/show');
    expect(notificationPath({ subjectType: 'Complaint', subjectId: 'c1' })).toBe('/complaints/c1/show');
  });

  it('opens a failing webhook endpoint with its delivery log', () => {
    expect(notificationPath({ subjectType: 'WebhookEndpoint', subjectId: 'w1' })).toBe('/webhookEndpoints/w1/show');
  });

  it('has no page for an unknown subject', () => {
    expect(notificationPath({ subjectType: 'PriceList', subjectId: 'p1' })).toBeNull();
    expect(notificationPath({ subjectType: 'ServiceOrder', subjectId: '' })).toBeNull();
  });
});
