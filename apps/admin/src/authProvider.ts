import { LoginDocument, MeDocument, type ViewerFieldsFragment } from '@wuye/schema';
import { HttpError, type AuthProvider, type UserIdentity } from 'react-admin';
import { canAccess } from './access';
import { request } from './dataProvider/graphql-client';
import { session } from './session';

export type Viewer = ViewerFieldsFragment;
export type Identity = UserIdentity & { viewer: Viewer };

// One `me` per session: identity, permissions and every canAccess check share it.
let viewer: Promise<Viewer> | null = null;

function loadViewer(): Promise<Viewer> {
  viewer ??= request(MeDocument, {}).then(
    ({ me }) => me,
    (error: unknown) => {
      viewer = null;
      throw error;
    },
  );
  return viewer;
}

const LOGIN_HASH = '#/login';
const isOnLoginPage = () => window.location.hash.startsWith(LOGIN_HASH);

/** Signed out at start-up: begin on the login page rather than redirect there (see logout). */
export function startAtLoginWhenSignedOut() {
  if (!session.token() && !isOnLoginPage()) window.history.replaceState(null, '', LOGIN_HASH);
}

function endSession() {
  session.clear();
  viewer = null;
}

const isUnauthenticated = (error: unknown) => {
  const e = error as { status?: number; body?: { code?: string; extensions?: { code?: string } } } | null;
  return e?.status === 401 || e?.body?.code === 'UNAUTHENTICATED' || e?.body?.extensions?.code === 'UNAUTHENTICATED';
};

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    const { login } = await request(LoginDocument, { input: { login: username.trim(), password } });
    if (login.__typename === 'LoginFailure') throw new Error(login.message);
    session.save(login.token, login.expiresAt);
    viewer = Promise.resolve(login.viewer);
  },

  async logout() {
    endSession();
    if (isOnLoginPage()) return;
    // A fresh document instead of react-admin's in-app redirect: react-router 7 commits that
    // redirect in a transition, and until it does the screens still mounted re-check auth, fail
    // and log out again, looping for seconds (marmelab/react-admin#10885).
    window.location.replace(LOGIN_HASH);
    window.location.reload();
    return false;
  },

  async checkAuth() {
    if (!session.token()) {
      endSession();
      throw new HttpError('ra.auth.auth_check_error', 401);
    }
  },

  async checkError(error: unknown) {
    if (isUnauthenticated(error)) {
      endSession();
      throw error;
    }
  },

  async getIdentity(): Promise<Identity> {
    const me = await loadViewer();
    return {
      id: me.user?.id ?? me.apiKey?.id ?? 'viewer',
      fullName: me.user?.name ?? me.apiKey?.name,
      viewer: me,
    };
  },

  async getPermissions(): Promise<string[]> {
    if (!session.token()) return [];
    return (await loadViewer()).permissions;
  },

  async canAccess({ resource, action }) {
    if (!session.token()) return false;
    const me = await loadViewer();
    return canAccess(me.permissions, resource, action, me.roles.map((r) => r.role));
  },
};
