import type { PageContext } from '../dashboard/page-context.ts';
import { PageLayout } from '../dashboard/page-layout.tsx';

/** A code or password shown exactly once, right after it was made; only its hash is kept. */
export function SecretShownOnce({
  page,
  title,
  message,
  secret,
  back,
}: {
  page: PageContext;
  title: string;
  message: string;
  secret: string;
  back: { href: string; label: string };
}) {
  return (
    <PageLayout page={page} title={title}>
      <h1>{title}</h1>
      <p role="status">{message}</p>
      <p>
        <output class="secret" data-secret>
          {secret}
        </output>
      </p>
      <p>
        <a href={back.href}>{back.label}</a>
      </p>
    </PageLayout>
  );
}
