import { errors, jwtVerify, SignJWT } from 'jose';

export interface TokenClaims {
  userId: string;
  companyId: string;
}

/** Tokens verified recently, so a busy client is not re-verified (WebCrypto, async) on every request. */
const VERIFIED_CACHE_SIZE = 10_000;

export class TokenService {
  private readonly key: Uint8Array;
  private readonly verified = new Map<string, { claims: TokenClaims; expiresAtMs: number }>();

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async sign(claims: TokenClaims, now: Date): Promise<{ token: string; expiresAt: Date }> {
    const iat = Math.floor(now.getTime() / 1000);
    const exp = iat + this.ttlSeconds;
    const token = await new SignJWT({ cid: claims.companyId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.userId)
      .setIssuedAt(iat)
      .setExpirationTime(exp)
      .setIssuer('wuye-os')
      .sign(this.key);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** Returns the claims, 'expired', or 'invalid'. */
  async verify(token: string, now: Date): Promise<TokenClaims | 'expired' | 'invalid'> {
    const known = this.verified.get(token);
    if (known) return now.getTime() >= known.expiresAtMs ? 'expired' : known.claims;
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: 'wuye-os',
        algorithms: ['HS256'],
        currentDate: now,
      });
      if (typeof payload.sub !== 'string' || typeof payload.cid !== 'string' || typeof payload.exp !== 'number') return 'invalid';
      const claims = { userId: payload.sub, companyId: payload.cid };
      // Only the signature check is skipped for a known token: expiry is checked against `now` every time.
      if (this.verified.size >= VERIFIED_CACHE_SIZE) this.verified.delete(this.verified.keys().next().value!);
      this.verified.set(token, { claims, expiresAtMs: payload.exp * 1000 });
      return claims;
    } catch (error) {
      return error instanceof errors.JWTExpired ? 'expired' : 'invalid';
    }
  }
}
