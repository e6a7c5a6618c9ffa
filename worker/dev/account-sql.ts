import { hashPassword } from '../crypto/hash-password.ts';

export interface AccountInput {
  username: string;
  displayName: string;
  role: 'admin' | 'viewer';
  clusterId: string;
  /** Creates the cluster too when it does not exist yet (setting up a district from nothing). */
  clusterName?: string;
  password: string;
}

const USERNAME = /^[a-z0-9._-]{3,40}$/;
const CLUSTER_ID = /^[\w.-]{1,64}$/;
const quote = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/**
 * SQL that creates or resets a dashboard account (and its cluster if asked), for
 * `wrangler d1 execute --command` against the local or the deployed database: the password is
 * hashed here, as the Worker would (PBKDF2-SHA256), and only the hash goes into the SQL. Resetting
 * an account's password ends its sessions and lifts a lock.
 */
export async function accountSql(input: AccountInput): Promise<string> {
  const username = input.username.trim().toLowerCase();
  if (!USERNAME.test(username)) throw new Error(`Not a valid username: ${input.username}`);
  if (!CLUSTER_ID.test(input.clusterId)) throw new Error(`Not a valid cluster id: ${input.clusterId}`);
  const hash = await hashPassword(input.password);
  const now = Date.now();
  const cluster = input.clusterName
    ? `INSERT OR IGNORE INTO org_unit (id, kind, name, parent_id, valid_from) VALUES (${quote(input.clusterId)}, 'cluster', ${quote(input.clusterName)}, NULL, '2025-07-01');
INSERT OR IGNORE INTO org_link (unit_id, parent_id, valid_from) VALUES (${quote(input.clusterId)}, NULL, '2025-07-01');
`
    : '';
  return `${cluster}INSERT INTO account (id, username, display_name, role, cluster_id, password_hash, password_salt, password_iterations, created_at)
VALUES (${quote(crypto.randomUUID())}, ${quote(username)}, ${quote(input.displayName)}, ${quote(input.role)}, ${quote(input.clusterId)}, ${quote(hash.hash)}, ${quote(hash.salt)}, ${hash.iterations}, ${now})
ON CONFLICT (username) DO UPDATE SET display_name = excluded.display_name, role = excluded.role, cluster_id = excluded.cluster_id,
  password_hash = excluded.password_hash, password_salt = excluded.password_salt, password_iterations = excluded.password_iterations,
  failed_logins = 0, locked_until = NULL, disabled_at = NULL;
UPDATE session SET revoked_at = ${now} WHERE revoked_at IS NULL AND account_id = (SELECT id FROM account WHERE username = ${quote(username)});`;
}
