import { readableSecret } from '../crypto/readable-secret.ts';
import { accountSql } from './account-sql.ts';
import { runWrangler } from './run-wrangler.ts';

export interface DemoLogin {
  role: 'admin' | 'viewer';
  username: string;
  password: string;
}

/**
 * The demo cluster's administrator and reviewer, given new random passwords on every start (only
 * hashes are stored, so a password can be shown only when it is made; never a default one).
 */
export async function createDemoAccounts(root: string, persistTo?: string): Promise<DemoLogin[]> {
  const logins: DemoLogin[] = [
    { role: 'admin', username: 'quantri', password: readableSecret(4) },
    { role: 'viewer', username: 'raosoat', password: readableSecret(4) },
  ];
  const names = { admin: 'Quản trị Khu vực Gò Vấp', viewer: 'Cán bộ rà soát Khu vực Gò Vấp' };
  const sql = await Promise.all(
    logins.map((login) =>
      accountSql({ ...login, displayName: names[login.role], clusterId: 'khu-vuc-go-vap' }),
    ),
  );
  const persist = persistTo ? ['--persist-to', persistTo] : [];
  runWrangler(['d1', 'execute', 'DB', '--local', ...persist, '--command', sql.join('\n')], root);
  return logins;
}
