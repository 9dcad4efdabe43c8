const TOKEN_KEY = 'wuye.token';
const EXPIRES_KEY = 'wuye.tokenExpiresAt';

export const session = {
  token(): string | null {
    const token = localStorage.getItem(TOKEN_KEY);
    const expiresAt = localStorage.getItem(EXPIRES_KEY);
    if (!token) return null;
    if (expiresAt && Date.parse(expiresAt) <= Date.now()) {
      session.clear();
      return null;
    }
    return token;
  },
  save(token: string, expiresAt: string): void {
    localStorage.setItem(TOKEN_KEY, token);
    localStorage.setItem(EXPIRES_KEY, expiresAt);
  },
  clear(): void {
    localStorage.removeItem(TOKEN_KEY);
    localStorage.removeItem(EXPIRES_KEY);
  },
};
