import type { ReviewComment, ReviewState } from './find-review.ts';

export interface ReviewWrite {
  unitId: string;
  period: string;
  state: ReviewState;
  comment: string | null;
  comments: readonly ReviewComment[];
  reviewerId: string;
  at: number;
}

/**
 * A unit's review for a period, as statements for one batch: the review replaces the one before
 * (its item comments too, so a comment left empty in the form is gone).
 */
export const writeReview = (db: D1Database, review: ReviewWrite): D1PreparedStatement[] => [
  db
    .prepare('DELETE FROM review_comment WHERE unit_id = ?1 AND period = ?2')
    .bind(review.unitId, review.period),
  db
    .prepare(
      `INSERT INTO review (unit_id, period, state, comment, reviewer_id, reviewed_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6)
       ON CONFLICT (unit_id, period) DO UPDATE SET state = excluded.state, comment = excluded.comment,
         reviewer_id = excluded.reviewer_id, reviewed_at = excluded.reviewed_at`,
    )
    .bind(review.unitId, review.period, review.state, review.comment, review.reviewerId, review.at),
  ...review.comments.map((c) =>
    db
      .prepare(
        'INSERT INTO review_comment (unit_id, period, subject, item_id, comment) VALUES (?1, ?2, ?3, ?4, ?5)',
      )
      .bind(review.unitId, review.period, c.subject, c.itemId, c.comment),
  ),
];
