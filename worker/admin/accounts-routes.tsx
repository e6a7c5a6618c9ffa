import { Hono } from 'hono';
import * as v from 'valibot';
import { hashPassword } from '../crypto/hash-password.ts';
import { readableSecret } from '../crypto/readable-secret.ts';
import { pageContext } from '../dashboard/page-context.ts';
import { renderPage } from '../dashboard/render-page.tsx';
import { insertAccount } from '../db/insert-account.ts';
import { listClusterAccounts } from '../db/list-cluster-accounts.ts';
import { revokeAccountSessions } from '../db/revoke-account-sessions.ts';
import { writeAudit } from '../db/write-audit.ts';
import { ApiError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { AccountsPage } from './accounts-page.tsx';
import { adminForm, formProblem } from './admin-context.ts';
import { formOf, requiredText, usernameField } from './form-fields.ts';
import { SecretShownOnce } from './secret-shown-once.tsx';

/** A generated password: four groups of four (≈ 79 bits), shown once, never chosen by the admin. */
const newPassword = () => readableSecret(4);

/** Accounts of the admin's cluster (issue #7): create, disable, enable, reset the password. */
export const accountsRoutes = new Hono<AppEnv>()
  .get('/', async (c) =>
    renderPage(
      c,
      <AccountsPage
        page={pageContext(c)}
        accounts={await listClusterAccounts(c.env.DB, c.get('account').clusterId)}
        now={Date.now()}
      />,
    ),
  )
  .post('/', async (c) => {
    const form = await adminForm(
      c,
      formOf({
        username: usernameField,
        displayName: requiredText(100),
        role: v.picklist(['admin', 'viewer'], 'formFieldInvalid'),
      }),
    );
    const db = c.env.DB;
    if (await db.prepare('SELECT 1 FROM account WHERE username = ?1').bind(form.username).first())
      throw formProblem('formUsernameTaken');
    const password = newPassword();
    const id = crypto.randomUUID();
    const now = Date.now();
    const admin = c.get('account');
    await db
      .batch([
        insertAccount(db, {
          id,
          ...form,
          clusterId: admin.clusterId,
          password: await hashPassword(password),
          now,
        }),
        writeAudit(db, {
          accountId: admin.id,
          action: 'account.create',
          targetType: 'account',
          targetId: id,
          after: { ...form },
          at: now,
        }),
      ])
      .catch((error: unknown) => {
        // The same username created twice at once: the check above passed for both, the
        // UNIQUE index refuses the second (a 500 before).
        if (error instanceof Error && /UNIQUE constraint failed: account\.username/.test(error.message))
          throw formProblem('formUsernameTaken');
        throw error;
      });
    const page = pageContext(c);
    return renderPage(
      c,
      <SecretShownOnce
        page={page}
        title={page.t('accountsTitle')}
        message={page.t('accountCreated', { username: form.username })}
        secret={password}
        back={{ href: '/admin/accounts', label: page.t('accountsTitle') }}
      />,
      201,
    );
  })
  .post('/:id/:change{disable|enable|password}', async (c) => {
    await adminForm(c, formOf({}));
    const admin = c.get('account');
    const change = c.req.param('change') as 'disable' | 'enable' | 'password';
    const db = c.env.DB;
    const target = await db
      .prepare(
        'SELECT id, username, disabled_at AS disabledAt FROM account WHERE id = ?1 AND cluster_id = ?2',
      )
      .bind(c.req.param('id'), admin.clusterId)
      .first<{ id: string; username: string; disabledAt: number | null }>();
    if (!target) throw new ApiError(404, 'not_found', 'No such account in this cluster.');
    if (change === 'disable' && target.id === admin.id) throw formProblem('formSelf');
    const now = Date.now();
    const audit = (action: string, after?: unknown) =>
      writeAudit(db, {
        accountId: admin.id,
        action,
        targetType: 'account',
        targetId: target.id,
        before: { disabled: target.disabledAt !== null },
        after,
        at: now,
      });
    if (change !== 'password') {
      await db.batch([
        db
          .prepare('UPDATE account SET disabled_at = ?1 WHERE id = ?2')
          .bind(change === 'disable' ? now : null, target.id),
        revokeAccountSessions(db, target.id, now),
        audit(`account.${change}`, { disabled: change === 'disable' }),
      ]);
      return c.redirect('/admin/accounts', 303);
    }
    const password = newPassword();
    const hash = await hashPassword(password);
    await db.batch([
      db
        .prepare(
          `UPDATE account SET password_hash = ?1, password_salt = ?2, password_iterations = ?3, failed_logins = 0,
             locked_until = NULL WHERE id = ?4`,
        )
        .bind(hash.hash, hash.salt, hash.iterations, target.id),
      revokeAccountSessions(db, target.id, now),
      audit('account.password'),
    ]);
    const page = pageContext(c);
    return renderPage(
      c,
      <SecretShownOnce
        page={page}
        title={page.t('accountsTitle')}
        message={page.t('passwordReset', { username: target.username })}
        secret={password}
        back={{ href: '/admin/accounts', label: page.t('accountsTitle') }}
      />,
    );
  });
