import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '@wuye/domain';
import { ApiKey } from '../api-keys/api-key.entity.js';
import { isApiKeyToken, parseApiKey, secretMatches } from '../api-keys/api-key-secret.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { burnPasswordCheck, verifyPassword } from './password.js';
import type { TokenService } from './tokens.js';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

export type LoginOutcome =
  | { ok: true; user: StaffUser; token: string; expiresAt: Date }
  | { ok: false; reason: 'invalidCredentials' | 'inactive' }
  | { ok: false; reason: 'locked'; lockedUntil: Date };

export type Authentication =
  | { kind: 'user'; principal: Principal; user: StaffUser; apiKey: null }
  | { kind: 'apiKey'; principal: Principal; user: null; apiKey: ApiKey }
  | { kind: 'anonymous'; principal: null; user: null; apiKey: null; error: 'error.unauthenticated' | 'error.tokenExpired' | null };

const anonymous = (error: 'error.unauthenticated' | 'error.tokenExpired' | null): Authentication => ({
  kind: 'anonymous',
  principal: null,
  user: null,
  apiKey: null,
  error,
});

const normaliseLogin = (login: string) => login.trim().toLowerCase();

export class AuthService {
  constructor(private readonly tokens: TokenService) {}

  /** Login happens before the company is known, so it reads across tenants on purpose. */
  async login(em: EntityManager, login: string, password: string, now: Date): Promise<LoginOutcome> {
    const key = normaliseLogin(login);
    const user = await em.findOne(StaffUser, { $or: [{ email: key }, { phone: key }] }, { filters: false });
    if (!user) {
      await burnPasswordCheck(password);
      return { ok: false, reason: 'invalidCredentials' };
    }
    if (user.lockedUntil && user.lockedUntil > now) return { ok: false, reason: 'locked', lockedUntil: user.lockedUntil };
    if (!(await verifyPassword(user.passwordHash, password))) return this.recordFailure(em, user.id, now);
    if (!user.active) return { ok: false, reason: 'inactive' };
    // Bookkeeping, not a business change: a native update keeps it out of the audit log and the version.
    await em.nativeUpdate(
      StaffUser,
      { id: user.id },
      { failedLogins: 0, lockedUntil: null, lastLoginAt: now },
      { filters: false },
    );
    const { token, expiresAt } = await this.tokens.sign({ userId: user.id, companyId: user.companyId }, now);
    return { ok: true, user, token, expiresAt };
  }

  /** One atomic statement, so parallel wrong guesses cannot race past the lockout. */
  private async recordFailure(em: EntityManager, userId: string, now: Date): Promise<LoginOutcome> {
    const lockUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
    const rows: Array<{ locked_until: Date | null }> = await em.getConnection().execute(
      `update staff_user
          set failed_logins = case when failed_logins + 1 >= ? then 0 else failed_logins + 1 end,
              locked_until  = case when failed_logins + 1 >= ? then ?::timestamptz else locked_until end
        where id = ?
        returning locked_until`,
      [MAX_FAILED_LOGINS, MAX_FAILED_LOGINS, lockUntil.toISOString(), userId],
    );
    const lockedUntil = rows[0]?.locked_until ? new Date(rows[0].locked_until) : null;
    if (lockedUntil && lockedUntil > now) return { ok: false, reason: 'locked', lockedUntil };
    return { ok: false, reason: 'invalidCredentials' };
  }

  async authenticate(em: EntityManager, authorization: string | undefined, now: Date): Promise<Authentication> {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) return anonymous(null);
    return isApiKeyToken(token) ? this.authenticateKey(em, token, now) : this.authenticateUser(em, token, now);
  }

  private async authenticateUser(em: EntityManager, token: string, now: Date): Promise<Authentication> {
    const claims = await this.tokens.verify(token, now);
    if (claims === 'expired') return anonymous('error.tokenExpired');
    if (claims === 'invalid') return anonymous('error.unauthenticated');
    const user = await em.findOne(StaffUser, { id: claims.userId, companyId: claims.companyId }, { filters: false });
    if (!user || !user.active) return anonymous('error.unauthenticated');
    return {
      kind: 'user',
      principal: { kind: 'user', userId: user.id, companyId: user.companyId, assignments: user.roles },
      user,
      apiKey: null,
    };
  }

  private async authenticateKey(em: EntityManager, token: string, now: Date): Promise<Authentication> {
    const parsed = parseApiKey(token);
    if (!parsed) return anonymous('error.unauthenticated');
    const key = await em.findOne(ApiKey, { prefix: parsed.prefix }, { filters: false });
    if (!key || key.revokedAt || (key.expiresAt && key.expiresAt <= now) || !secretMatches(parsed.secret, key.secretHash)) {
      return anonymous('error.unauthenticated');
    }
    // Last-used is informational; refresh it at most once a minute to keep reads read-only.
    if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > 60_000) {
      await em.nativeUpdate(ApiKey, { id: key.id }, { lastUsedAt: now }, { filters: false });
    }
    return {
      kind: 'apiKey',
      principal: { kind: 'apiKey', keyId: key.id, companyId: key.companyId, scopes: key.scopes, projectId: key.projectId ?? null },
      user: null,
      apiKey: key,
    };
  }
}
