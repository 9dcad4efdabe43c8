import { describe, expect, it } from 'vitest';
import { validateWebhookEvents, validateWebhookUrl, webhookEndpointStatus } from './webhook-endpoint.js';

describe('an endpoint URL', () => {
  it.each([
    ['https://partner.example.com/hooks/wuye', null],
    ['https://partner.example.com:8443/hooks?tenant=3', null],
    ['http://127.0.0.1:9000/hooks', null],
    ['http://localhost/hooks', null],
    ['http://[::1]:9000/hooks', null],
    ['http://partner.example.com/hooks', 'webhook.url.httpsRequired'],
    ['http://10.0.0.5/hooks', 'webhook.url.httpsRequired'],
    ['ftp://partner.example.com/hooks', 'webhook.url.httpsRequired'],
    ['https://user:pw@partner.example.com/hooks', 'webhook.url.credentials'],
    ['https://partner.example.com/hooks#x', 'webhook.url.fragment'],
    ['partner.example.com/hooks', 'webhook.url.invalid'],
    ['', 'webhook.url.invalid'],
    ['https://', 'webhook.url.invalid'],
    ['https://bad host/hooks', 'webhook.url.invalid'],
    ['https://-x.example.com/hooks', 'webhook.url.invalid'],
    ['HTTPS://Partner.Example.com/Hooks', null],
    ['https://partner.example.com', null],
    ['http://127.0.0.1.example.com/hooks', 'webhook.url.httpsRequired'],
    ['http://localhost@evil.example.com/hooks', 'webhook.url.credentials'],
    [`https://partner.example.com/${'a'.repeat(500)}`, 'webhook.url.tooLong'],
  ])('%s → %s', (url, messageKey) => {
    const issues = validateWebhookUrl(url);
    expect(issues[0]?.messageKey ?? null).toBe(messageKey);
    if (messageKey) expect(issues[0]!.field).toBe('url');
  });
});

describe('the events an endpoint subscribes to', () => {
  it.each([
    { events: ['order.status_changed', 'order.completed'], scopes: ['orders:read'], key: null },
    { events: ['order.completed'], scopes: ['orders:write'], key: null },
    { events: ['price_list.published'], scopes: ['orders:write'], key: null },
    { events: ['complaint.created', 'complaint.sla_breached', 'complaint.resolved'], scopes: ['complaints:write'], key: null },
    { events: ['survey.response_received'], scopes: ['surveys:write'], key: null },
    { events: ['survey.response_received'], scopes: ['reports:read'], key: null },
    { events: ['survey.response_received'], scopes: ['orders:write'], key: 'webhook.events.scopeMissing' },
    { events: [], scopes: ['orders:read'], key: 'webhook.events.empty' },
    { events: ['order.deleted'], scopes: ['orders:read'], key: 'webhook.events.unknown' },
    { events: ['order.completed', 'complaint.created'], scopes: ['orders:read'], key: 'webhook.events.scopeMissing' },
    { events: ['price_list.published'], scopes: ['reports:read'], key: 'webhook.events.scopeMissing' },
  ] as const)('$events with $scopes → $key', ({ events, scopes, key }) => {
    const issues = validateWebhookEvents(events, scopes);
    expect(issues[0]?.messageKey ?? null).toBe(key);
  });
});

describe('endpoint status', () => {
  it.each([
    [{ enabled: true, failingSince: null }, 'active'],
    [{ enabled: true, failingSince: new Date() }, 'failing'],
    [{ enabled: false, failingSince: new Date() }, 'disabled'],
    [{ enabled: false, failingSince: null }, 'disabled'],
  ] as const)('%o → %s', (endpoint, status) => {
    expect(webhookEndpointStatus(endpoint)).toBe(status);
  });
});
