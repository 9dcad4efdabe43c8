import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const PATTERN = /^wyk_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

export const isApiKeyToken = (token: string) => token.startsWith('wyk_');

export function generateApiKey(): { prefix: string; secret: string; token: string; hash: string } {
  const prefix = randomBytes(8).toString('hex').slice(0, 12);
  const secret = randomBytes(32).toString('base64url');
  return { prefix, secret, token: `wyk_${prefix}_${secret}`, hash: hashSecret(secret) };
}

export function parseApiKey(token: string): { prefix: string; secret: string } | null {
  const m = PATTERN.exec(token);
  return m ? { prefix: m[1]!, secret: m[2]! } : null;
}

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
