import type { UnitReview } from '../../shared/sync/protocol.ts';

/**
 * The most recent review of a unit (any period) with its per-item comments, as the device
 * protocol carries it; null when no reviewer has looked yet. Two queries, both by primary key.
 */
export async function findLatestReview(db: D1Database, unitId: string): Promise<UnitReview | null> {
  const review = await db
    .prepare(
      `SELECT r.period, r.state, r.comment, a.display_name AS reviewer, r.reviewed_at AS reviewedAt
       FROM review r JOIN account a ON a.id = r.reviewer_id
       WHERE r.unit_id = ?1 ORDER BY r.reviewed_at DESC LIMIT 1`,
    )
    .bind(unitId)
    .first<Omit<UnitReview, 'items'>>();
  if (!review) return null;
  const { results } = await db
    .prepare(
      `SELECT subject, item_id AS itemId, comment FROM review_comment
       WHERE unit_id = ?1 AND period = ?2 ORDER BY subject, item_id`,
    )
    .bind(unitId, review.period)
    .all<UnitReview['items'][number]>();
  return { ...review, items: results };
}
