/**
 * How a delivery is signed (documented in docs/partner-api.md). The HMAC itself is computed by
 * the API and verified by the receiver; the rule of what is signed and how old a delivery may
 * be lives here so both sides read the same text.
 *
 *   Wuye-Webhook-Id:        the event id (the same on every attempt and every resend)
 *   Wuye-Webhook-Timestamp: seconds since the epoch, when this attempt was signed
 *   Wuye-Webhook-Signature: v1=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>, one per valid
 *                           secret (two while a rotated secret's grace period runs)
 */
export const WEBHOOK_HEADERS = {
  id: 'Wuye-Webhook-Id',
  timestamp: 'Wuye-Webhook-Timestamp',
  signature: 'Wuye-Webhook-Signature',
  event: 'Wuye-Webhook-Event',
} as const;

export const WEBHOOK_SIGNATURE_VERSION = 'v1';

/** A receiver rejects a delivery signed longer ago than this (or this far in the future): replays. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

/** After a rotation the old secret still signs for this long, so receivers can switch without losing events. */
export const WEBHOOK_SECRET_GRACE_MS = 24 * 3600_000;

export function webhookSignedContent(timestamp: number, body: string): string {
  return `${timestamp}.${body}`;
}

export function webhookSignatureHeader(hexSignatures: readonly string[]): string {
  return hexSignatures.map((s) => `${WEBHOOK_SIGNATURE_VERSION}=${s}`).join(',');
}

/** The v1 signatures of a header; anything else in it is ignored (a later version may add its own). */
export function parseWebhookSignatureHeader(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.startsWith(`${WEBHOOK_SIGNATURE_VERSION}=`))
    .map((part) => part.slice(WEBHOOK_SIGNATURE_VERSION.length + 1))
    .filter((hex) => /^[0-9a-f]{64}$/.test(hex));
}

export function isFreshWebhookTimestamp(timestamp: number, now: Date, toleranceSeconds = WEBHOOK_TOLERANCE_SECONDS): boolean {
  return Number.isInteger(timestamp) && Math.abs(now.getTime() / 1000 - timestamp) <= toleranceSeconds;
}
