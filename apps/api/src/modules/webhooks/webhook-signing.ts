import { createHmac, randomBytes } from 'node:crypto';
import { WEBHOOK_HEADERS, webhookSignatureHeader, webhookSignedContent } from '@wuye/domain';

/** 256 random bits; the prefix tells a reader of a config file what the value is for. */
export const generateWebhookSecret = () => `whsec_${randomBytes(32).toString('base64url')}`;

export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(webhookSignedContent(timestamp, body), 'utf8').digest('hex');
}

/** The secrets that sign at `now`: the current one, and the previous one while its grace period runs. */
export function signingSecrets(endpoint: { secret: string; previousSecret?: string | null; previousSecretExpiresAt?: Date | null }, now: Date): string[] {
  const previous = endpoint.previousSecret && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now ? [endpoint.previousSecret] : [];
  return [endpoint.secret, ...previous];
}

/** Headers of one attempt: signed at the moment it is sent, so a retry is not mistaken for a replay. */
export function deliveryHeaders(input: { eventId: string; eventType: string; body: string; secrets: string[]; now: Date }): Record<string, string> {
  const timestamp = Math.floor(input.now.getTime() / 1000);
  return {
    'Content-Type': 'application/json',
    'User-Agent': 'WuyeOS-Webhooks/1',
    [WEBHOOK_HEADERS.id]: input.eventId,
    [WEBHOOK_HEADERS.event]: input.eventType,
    [WEBHOOK_HEADERS.timestamp]: String(timestamp),
    [WEBHOOK_HEADERS.signature]: webhookSignatureHeader(input.secrets.map((s) => webhookSignature(s, timestamp, input.body))),
  };
}
