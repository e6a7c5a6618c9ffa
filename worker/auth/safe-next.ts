/**
 * Where to go after signing in: only a path on this site (`/…`, never `//host` or a URL), so the
 * sign-in page cannot be used to send people elsewhere (open redirect).
 */
export const safeNext = (next: string | undefined): string =>
  next && /^\/(?![/\\])/.test(next) && !/[\r\n]/.test(next) ? next : '/';
