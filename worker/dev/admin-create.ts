/**
 * `npm run admin:create -- --username an --name "Nguyễn Văn An" --cluster khu-vuc-go-vap
 *   [--cluster-name "Khu vực Gò Vấp"] [--role admin|viewer] [--remote] [--persist-to DIR]`
 *
 * Creates (or resets) a dashboard account with a fresh random password and prints it once:
 * against the local D1 of `wrangler dev` by default, against the deployed database with
 * `--remote`. With `--cluster-name` it also creates the cluster, so a district can start from
 * nothing: this is how the first admin of a deployment is made.
 */

import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readableSecret } from '../crypto/readable-secret.ts';
import { accountSql } from './account-sql.ts';
import { runWrangler } from './run-wrangler.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({
  options: {
    username: { type: 'string' },
    name: { type: 'string' },
    cluster: { type: 'string' },
    'cluster-name': { type: 'string' },
    role: { type: 'string', default: 'admin' },
    remote: { type: 'boolean', default: false },
    'persist-to': { type: 'string' },
  },
});
if (
  !values.username ||
  !values.name ||
  !values.cluster ||
  (values.role !== 'admin' && values.role !== 'viewer')
) {
  console.error(
    'Usage: npm run admin:create -- --username USER --name "Full name" --cluster CLUSTER_ID [--cluster-name "Name"] [--role admin|viewer] [--remote]',
  );
  process.exit(2);
}
const password = readableSecret(4);
const sql = await accountSql({
  username: values.username,
  displayName: values.name,
  role: values.role,
  clusterId: values.cluster,
  clusterName: values['cluster-name'],
  password,
});
const where = values.remote
  ? ['--remote']
  : ['--local', ...(values['persist-to'] ? ['--persist-to', values['persist-to']] : [])];
runWrangler(['d1', 'execute', 'DB', ...where, '--command', sql], root);
console.log(
  `${values.role === 'admin' ? 'Admin' : 'Reviewer'} login: ${values.username.toLowerCase()} / ${password}`,
);
