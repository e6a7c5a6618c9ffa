import { endOfVietnamDay } from '../../shared/text/vietnam-day.ts';
import type { CongKhaiDatabase } from './database.ts';

/** The items whose date says when the office posting was made or last updated. */
const POSTING_DATE_ITEMS = ['P06', 'P23'] as const;

export const isPostingDate = (itemId: string): boolean =>
  (POSTING_DATE_ITEMS as readonly string[]).includes(itemId);

/**
 * When the office posting of a procedure was last made or updated, as people entered it: the
 * later of P06's "posted on" and P23's "updated on" dates, as the end of that day in Viet Nam
 * (P23 compares it with the publication decision). Null when neither has a date. Inside a
 * transaction, that transaction must include `answers`.
 */
export async function postedAt(db: CongKhaiDatabase, subject: string): Promise<number | null> {
  const answers = await db.answers.bulkGet(POSTING_DATE_ITEMS.map((itemId) => [subject, itemId]));
  const days = answers.flatMap((answer) => (answer?.fields.date ? [answer.fields.date] : []));
  return days.length > 0 ? Math.max(...days.map(endOfVietnamDay)) : null;
}
