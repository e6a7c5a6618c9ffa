import type { CongKhaiDatabase } from './database.ts';
import { judgeFacts } from './judge-facts.ts';

/**
 * Runs the rules again over every stored scan of a procedure, after something they read besides
 * the page changed (a posting date entered here or on another device). Inside a transaction, that
 * transaction must include `scans`, `answers`, `catalogue`, `baselines` and `siteScans`.
 */
export async function rejudgeScans(db: CongKhaiDatabase, subject: string): Promise<void> {
  for (const scan of await db.scans.where('code').equals(subject).toArray()) {
    await db.scans.put({ ...scan, results: await judgeFacts(db, subject, scan.facts) });
  }
}
