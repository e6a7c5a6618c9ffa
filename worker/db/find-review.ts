export type ReviewState = 'da_duyet' | 'can_bo_sung';

export interface ReviewComment {
  subject: string;
  itemId: string;
  comment: string;
}

export interface Review {
  state: ReviewState;
  comment: string | null;
  reviewerName: string;
  reviewedAt: number;
  comments: ReviewComment[];
}

/** A unit's review for a period (`2026-Q4`…) with its item comments; null when none was written. */
export async function findReview(db: D1Database, unitId: string, period: string): Promise<Review | null> {
  const [head, comments] = await db.batch<Record<string, string | number | null>>([
    db
      .prepare(
        `SELECT r.state, r.comment, a.display_name AS reviewerName, r.reviewed_at AS reviewedAt
         FROM review r JOIN account a ON a.id = r.reviewer_id WHERE r.unit_id = ?1 AND r.period = ?2`,
      )
      .bind(unitId, period),
    db
      .prepare(
        `SELECT subject, item_id AS itemId, comment FROM review_comment
         WHERE unit_id = ?1 AND period = ?2 ORDER BY subject, item_id`,
      )
      .bind(unitId, period),
  ]);
  const row = head!.results[0];
  if (!row) return null;
  return {
    state: row.state as ReviewState,
    comment: (row.comment as string | null) ?? null,
    reviewerName: String(row.reviewerName),
    reviewedAt: Number(row.reviewedAt),
    comments: comments!.results as unknown as ReviewComment[],
  };
}
