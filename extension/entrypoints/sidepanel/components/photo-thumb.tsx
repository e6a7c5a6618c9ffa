import { useEffect, useState } from 'preact/hooks';
import { db } from '../../../db/default-database.ts';
import { readEnrolment } from '../../../db/read-enrolment.ts';
import { loadPhoto } from '../../../sync/photo-transfer.ts';
import { useTranslate } from '../../../ui/use-translate.ts';

/** One photo of an answer: from IndexedDB, or fetched from the server the first time it is shown. */
export function PhotoThumb({ hash, label }: { hash: string; label: string }) {
  const { t } = useTranslate();
  const [src, setSrc] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    let url: string | null = null;
    let live = true;
    (async () => {
      const enrolment = await readEnrolment(db);
      const server = enrolment
        ? { url: enrolment.serverUrl, token: enrolment.token, fetch: (r: Request) => fetch(r) }
        : null;
      const blob = await loadPhoto(db, server, hash);
      if (!live) return;
      url = URL.createObjectURL(blob);
      setSrc(url);
    })().catch(() => live && setMissing(true));
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [hash]);
  if (missing) return <span class="photo-missing">{t('photoUnavailable')}</span>;
  return src ? (
    <img class="photo" src={src} alt={label} data-photo={hash} />
  ) : (
    <span class="photo-loading">{t('photoLoading')}</span>
  );
}
