import type { Localized } from '../../shared/text/localized.ts';
import { pick } from '../../shared/text/localized.ts';
import { type Language, MESSAGES } from '../i18n/messages.ts';
import type { UnitSiteResult } from './best-unit-results.ts';

/**
 * The reason of a unit item's best result over the website, with where it came from: the page
 * that showed the evidence, or how many pages were scanned without finding it. In both languages,
 * so the side panel can show either.
 */
export function unitSiteReason({ result, url, pages }: UnitSiteResult): Localized {
  const say = (language: Language) => {
    const t = MESSAGES[language];
    const reason = pick(result.reason, language);
    return result.status === 'dat'
      ? `${reason} ${t.sitePage}: ${url}`
      : `${reason} (${pages} ${t.sitePagesScanned})`;
  };
  return { vi: say('vi'), en: say('en') };
}
