import { describe, expect, it } from 'vitest';
import { isFreshWebhookTimestamp, parseWebhookSignatureHeader, webhookSignatureHeader, webhookSignedContent } from './webhook-signature.js';

const hex = (c: string) => c.repeat(64);

describe('what is signed', () => {
  it('the timestamp, a dot, then the body exactly as sent', () => {
    expect(webhookSignedContent(1763604000, '{"id":"e1"}')).toBe('1763604000.{"id":"e1"}');
  });
});

describe('the signature header', () => {
  it('carries one v1 signature per valid secret', () => {
    expect(webhookSignatureHeader([hex('a'), hex('b')])).toBe(`v1=${hex('a')},v1=${hex('b')}`);
    expect(parseWebhookSignatureHeader(`v1=${hex('a')}, v1=${hex('b')}`)).toEqual([hex('a'), hex('b')]);
  });

  it.each([
    [null, []],
    ['', []],
    [`v0=${hex('a')}`, []],
    ['v1=xyz', []],
    [`v2=${hex('c')},v1=${hex('d')}`, [hex('d')]],
  ])('%s → %o', (header, signatures) => {
    expect(parseWebhookSignatureHeader(header)).toEqual(signatures);
  });
});

describe('replays are refused after five minutes', () => {
  const now = new Date('2026-11-20T02:00:00.000Z');
  const t = now.getTime() / 1000;
  it.each([
    [t, true],
    [t - 300, true],
    [t - 301, false],
    [t + 300, true],
    [t + 301, false],
    [t + 0.5, false],
  ])('signed at %d → fresh: %s', (timestamp, fresh) => {
    expect(isFreshWebhookTimestamp(timestamp, now)).toBe(fresh);
  });
});
