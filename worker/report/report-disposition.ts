import { normalizeVi } from '../../shared/text/normalize-vi.ts';

/** RFC 5987 percent-encoding: encodeURIComponent leaves `'()*` as they are, which it must not. */
const rfc5987 = (text: string) =>
  encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * The `Content-Disposition` of a report download, named `congkhai-<cluster>-<period>.<ext>`:
 * the cluster's name with its Vietnamese letters in `filename*` (RFC 6266, UTF-8), and without
 * accents in `filename` for the clients that read only that.
 *
 * @example reportDisposition('Khu vực Gò Vấp', '2026-Q4', 'csv') ===
 *   `attachment; filename="congkhai-khu-vuc-go-vap-2026-Q4.csv"; filename*=UTF-8''congkhai-Khu-v%E1%BB%B1c-G%C3%B2-V%E1%BA%A5p-2026-Q4.csv`
 */
export function reportDisposition(clusterName: string, period: string, extension: 'csv' | 'xlsx'): string {
  const ascii =
    normalizeVi(clusterName, { loose: true })
      .replace(/ /g, '-')
      .replace(/[^a-z0-9-]/g, '')
      .replace(/-{2,}/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'cluster';
  const readable =
    clusterName
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || ascii;
  return `attachment; filename="congkhai-${ascii}-${period}.${extension}"; filename*=UTF-8''${rfc5987(`congkhai-${readable}-${period}.${extension}`)}`;
}
