import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { LOCKOUT_MS, MAX_FAILED_LOGINS } from '../../../worker/db/record-login-failure.ts';
import { seedTestCluster, signedIn } from '../sign-in.ts';
import { workerFetch } from '../worker-fetch.ts';

const PASSWORD = 'đúng-mật-khẩu-2026';

/** Opens the sign-in form as a browser would: its cookie and the token in its hidden field. */
async function openLoginForm(path = '/login') {
  const response = await workerFetch(path);
  const cookie = /ck_login=[^;]+/.exec(response.headers.get('Set-Cookie') ?? '')?.[0] ?? '';
  const token = /name="_csrf" value="([^"]+)"/.exec(await response.text())?.[1] ?? '';
  return { cookie, token };
}

async function signIn(username: string, password: string, next = '/', url = 'http://x/login') {
  const form = await openLoginForm();
  return workerFetch(new URL(url).pathname, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Origin: new URL(url).origin,
      Cookie: form.cookie,
    },
    body: new URLSearchParams({ _csrf: form.token, username, password, next }).toString(),
  });
}

describe('signing in', () => {
  it('opens a session in an HttpOnly, SameSite=Strict cookie and goes back where the person was going', async () => {
    const { clusterId } = await seedTestCluster();
    const account = await signedIn('viewer', clusterId, { password: PASSWORD });

    const response = await signIn(account.username.toUpperCase(), PASSWORD, '/?lang=en');

    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe('/?lang=en');
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith('ck_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\//);
    // Plain http on a test host that is not loopback: the cookie still demands https.
    expect(cookie).toMatch(/Secure/);
    const page = await workerFetch('/', { headers: { Cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
  });

  it('relaxes Secure on 127.0.0.1 only (wrangler dev over plain http)', async () => {
    const { clusterId } = await seedTestCluster();
    const account = await signedIn('viewer', clusterId, { password: PASSWORD });
    const form = await openLoginForm();

    const response = await workerFetch('/login', {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Origin: 'http://x',
        Cookie: form.cookie,
      },
      body: new URLSearchParams({
        _csrf: form.token,
        username: account.username,
        password: PASSWORD,
      }).toString(),
    });
    const local = await exportsFetchFrom127(account.username);

    expect(response.headers.getSetCookie().find((line) => line.startsWith('ck_session='))).toMatch(/Secure/);
    expect(local).not.toMatch(/Secure/);
  });

  it('refuses a wrong password in words, and never sends anyone to another site', async () => {
    const { clusterId } = await seedTestCluster();
    const account = await signedIn('viewer', clusterId, { password: PASSWORD });

    const wrong = await signIn(account.username, 'sai mật khẩu');
    const unknown = await signIn('nobody-here', PASSWORD);
    const elsewhere = await signIn(account.username, PASSWORD, '//evil.example/');

    expect(wrong.status).toBe(401);
    const text = await wrong.text();
    expect(text).toContain('Tên đăng nhập hoặc mật khẩu không đúng');
    expect(unknown.status).toBe(401);
    expect(await unknown.text()).toContain('Tên đăng nhập hoặc mật khẩu không đúng');
    expect(elsewhere.headers.get('Location')).toBe('/');
  });

  it(`locks an account for ${LOCKOUT_MS / 60_000} minutes after ${MAX_FAILED_LOGINS} wrong passwords in a row`, async () => {
    const { clusterId } = await seedTestCluster();
    const account = await signedIn('viewer', clusterId, { password: PASSWORD });

    for (let i = 0; i < MAX_FAILED_LOGINS; i++)
      expect((await signIn(account.username, 'sai')).status).toBe(401);
    const locked = await signIn(account.username, PASSWORD);

    expect(locked.status).toBe(423);
    expect(await locked.text()).toContain('tạm khoá');
    await env.DB.prepare('UPDATE account SET locked_until = ?1 WHERE id = ?2')
      .bind(Date.now() - 1, account.accountId)
      .run();
    expect((await signIn(account.username, PASSWORD)).status).toBe(303);
  });

  it('signs out: the session is revoked, the cookie cleared, the next request sent to sign in', async () => {
    const { clusterId } = await seedTestCluster();
    const browser = await signedIn('viewer', clusterId);

    const out = await browser.post('/logout');
    const after = await browser.get('/');

    expect(out.status).toBe(303);
    expect(out.headers.get('Location')).toBe('/login?signed-out=1');
    expect(after.status).toBe(303);
    expect(after.headers.get('Location')).toMatch(/^\/login\?next=%2F&expired=1$/);
  });

  it('treats an expired session as none', async () => {
    const { clusterId } = await seedTestCluster();
    const browser = await signedIn('viewer', clusterId, { expiresInMs: -1 });

    const response = await browser.get('/');

    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toContain('/login');
  });
});

describe('sessions page', () => {
  it('lists the account’s sessions and revokes another one, which then stops working', async () => {
    const { clusterId } = await seedTestCluster();
    const here = await signedIn('admin', clusterId);
    // A second browser of the same account.
    const token = crypto.randomUUID();
    const id = crypto.randomUUID();
    const { sha256Hex } = await import('../../../worker/crypto/sha256-hex.ts');
    await env.DB.prepare(
      `INSERT INTO session (token_hash, id, account_id, csrf_token, user_agent, created_at, last_seen_at, expires_at)
       VALUES (?1, ?2, ?3, 'c', 'Trình duyệt khác', ?4, ?4, ?5)`,
    )
      .bind(await sha256Hex(token), id, here.accountId, Date.now(), Date.now() + 3_600_000)
      .run();

    const page = await (await here.get('/account')).text();
    const revoked = await here.post('/account/sessions/revoke', { session: id });
    const other = await workerFetch('/', { redirect: 'manual', headers: { Cookie: `ck_session=${token}` } });

    expect(page).toContain('Trình duyệt khác');
    expect(page).toContain('Phiên này');
    expect(revoked.status).toBe(303);
    expect(other.status).toBe(303);
    expect((await here.get('/')).status).toBe(200);
  });
});

/** Signs in through a request addressed to 127.0.0.1 and returns its session cookie line. */
async function exportsFetchFrom127(username: string): Promise<string> {
  const { exports } = await import('cloudflare:workers');
  const open = await exports.default.fetch(new Request('http://127.0.0.1:8787/login'));
  const cookie = /ck_login=[^;]+/.exec(open.headers.get('Set-Cookie') ?? '')?.[0] ?? '';
  const token = /name="_csrf" value="([^"]+)"/.exec(await open.text())?.[1] ?? '';
  const response = await exports.default.fetch(
    new Request('http://127.0.0.1:8787/login', {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Origin: 'http://127.0.0.1:8787',
        Cookie: cookie,
        'CF-Connecting-IP': '10.9.9.9',
      },
      body: new URLSearchParams({ _csrf: token, username, password: PASSWORD }).toString(),
    }),
  );
  return response.headers.getSetCookie().find((line) => line.startsWith('ck_session=')) ?? '';
}
