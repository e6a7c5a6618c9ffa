import type { PageLanguage } from '../i18n/page-messages.ts';

/** The device a bearer token belongs to; set by `requireDevice`. */
export interface AuthedDevice {
  id: string;
  unitId: string;
  role: string;
}

/** The dashboard account of the session cookie; set by `requireAccount`. */
export interface SignedInAccount {
  id: string;
  username: string;
  displayName: string;
  role: 'admin' | 'viewer';
  /** The cluster the account reads (viewer) or administers (admin); it sees nothing else. */
  clusterId: string;
}

/** The session behind the cookie: its hash (to revoke it) and the CSRF token its forms carry. */
export interface CurrentSession {
  tokenHash: string;
  /** The public id pages show for it. */
  id: string;
  csrfToken: string;
}

/** Hono environment shared by every sub-app. */
export interface AppEnv {
  Bindings: Env;
  Variables: {
    device: AuthedDevice;
    account: SignedInAccount;
    session: CurrentSession;
    /** The dashboard's interface language (`?lang=` or its cookie; Vietnamese by default). */
    language: PageLanguage;
  };
}
