import { env } from 'cloudflare:workers';
import { SESSION_TTL_MS } from '../../worker/auth/session-cookie.ts';
import { hashPassword } from '../../worker/crypto/hash-password.ts';
import { randomToken } from '../../worker/crypto/random-token.ts';
import { sha256Hex } from '../../worker/crypto/sha256-hex.ts';
import { workerFetch } from './worker-fetch.ts';

/** The origin test requests come from (workerFetch's base URL), sent as `Origin` on forms. */
export const ORIGIN = 'http://x';

export interface Browser {
  accountId: string;
  username: string;
  cookie: string;
  csrf: string;
  get(path: string): Promise<Response>;
  /** Posts a form as the dashboard's own page would: same origin, the session's CSRF token. */
  post(
    path: string,
    fields?: Record<string, string>,
    init?: { csrf?: string; origin?: string | null },
  ): Promise<Response>;
}

/** Sends a form to a page route; `cookie` and `origin` as a browser would. */
export const postForm = (
  path: string,
  fields: Record<string, string>,
  cookie?: string,
  origin: string | null = ORIGIN,
) =>
  workerFetch(path, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      ...(origin ? { Origin: origin } : {}),
      ...(cookie ? { Cookie: cookie } : {}),
    },
    body: new URLSearchParams(fields).toString(),
  });

/**
 * An account of `clusterId` with a session already open (rows written directly: the sign-in form
 * has tests of its own), and a browser that uses it. `password` hashes for real when given. The
 * session lasts as long as a real one: the soak's fuzz runs for over an hour on the same world.
 */
export async function signedIn(
  role: 'admin' | 'viewer',
  clusterId: string,
  { password, expiresInMs = SESSION_TTL_MS }: { password?: string; expiresInMs?: number } = {},
): Promise<Browser> {
  const accountId = crypto.randomUUID();
  const username = `user-${accountId.slice(0, 8)}`;
  const token = randomToken();
  const csrf = randomToken();
  const now = Date.now();
  const hash = password ? await hashPassword(password) : { hash: 'x', salt: 'x', iterations: 1 };
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO account (id, username, display_name, role, cluster_id, password_hash, password_salt, password_iterations, created_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)`,
    ).bind(
      accountId,
      username,
      `Người dùng ${username}`,
      role,
      clusterId,
      hash.hash,
      hash.salt,
      hash.iterations,
      now,
    ),
    env.DB.prepare(
      `INSERT INTO session (token_hash, id, account_id, csrf_token, created_at, last_seen_at, expires_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6)`,
    ).bind(await sha256Hex(token), crypto.randomUUID(), accountId, csrf, now, now + expiresInMs),
  ]);
  const cookie = `ck_session=${token}`;
  return {
    accountId,
    username,
    cookie,
    csrf,
    get: (path) => workerFetch(path, { redirect: 'manual', headers: { Cookie: cookie } }),
    post: (path, fields = {}, init = {}) =>
      postForm(
        path,
        { _csrf: init.csrf ?? csrf, ...fields },
        cookie,
        init.origin === undefined ? ORIGIN : init.origin,
      ),
  };
}

/** A cluster of its own with a ward and a school under it (links from 2025-07-01), ids random. */
export async function seedTestCluster(): Promise<{ clusterId: string; wardId: string; schoolId: string }> {
  const tag = crypto.randomUUID().slice(0, 8);
  const [clusterId, wardId, schoolId] = [`cluster-${tag}`, `ward-${tag}`, `school-${tag}`];
  const units: [string, string, string, string | null][] = [
    [clusterId, 'cluster', `Khu vực thử ${tag}`, null],
    [wardId, 'ward', `Phường thử ${tag}`, clusterId],
    [schoolId, 'school', `Trường thử ${tag}`, wardId],
  ];
  await env.DB.batch(
    units.flatMap(([id, kind, name, parent]) => [
      env.DB.prepare(
        "INSERT INTO org_unit (id, kind, name, parent_id, valid_from) VALUES (?1, ?2, ?3, ?4, '2025-07-01')",
      ).bind(id, kind, name, parent),
      env.DB.prepare(
        "INSERT INTO org_link (unit_id, parent_id, valid_from) VALUES (?1, ?2, '2025-07-01')",
      ).bind(id, parent),
    ]),
  );
  return { clusterId, wardId, schoolId };
}
