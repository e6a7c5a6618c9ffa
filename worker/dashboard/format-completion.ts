import type { PageLanguage } from '../i18n/page-messages.ts';

const percent = (share: number, language: PageLanguage) =>
  // One decimal under 10 %, so a first posted procedure of 246 reads 0,4 %, not 0 %.
  new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', {
    maximumFractionDigits: share > 0 && share < 0.1 ? 1 : 0,
  }).format(share * 100);

/**
 * `complete/total (NN %)`, the figure the dashboard, its printout and its exports show
 * (Vietnamese spacing and decimal comma before %).
 */
export function formatCompletion(complete: number, total: number, language: PageLanguage = 'vi'): string {
  const share = total === 0 ? '–' : `${percent(complete / total, language)} %`;
  return `${complete}/${total} (${share})`;
}
