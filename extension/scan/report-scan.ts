import { sendMessage } from '../messages/send-message.ts';
import type { ScanBadge } from './create-scan-badge.ts';
import { nextTask } from './next-task.ts';
import type { PageScan } from './page-scan.ts';

/**
 * The end of every page kind's scan: the badge shows it, and a readable page's facts go to the
 * background, which stores them and judges them again with the unit's catalogue and answers.
 */
export async function reportScan(badge: ScanBadge, url: string, scan: PageScan): Promise<void> {
  badge.show(scan);
  if (scan.state === 'ok') {
    // Copying the facts into the message is work of its own; keep it out of the scan's task.
    await nextTask();
    await sendMessage({ type: 'scan', url, facts: scan.facts, results: scan.results });
  }
}
