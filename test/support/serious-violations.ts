import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { ROOT } from './local-worker.ts';

const AXE = readFileSync(`${ROOT}node_modules/axe-core/axe.min.js`, 'utf8');

export interface Violation {
  rule: string;
  impact: string;
  help: string;
  nodes: string[];
}

/**
 * axe-core's serious and critical violations on the page as it is now (open shadow roots
 * included). Injected by the DevTools protocol, which neither extension pages' nor the
 * dashboard's Content-Security-Policy stops. Throws when axe checked nothing, so an empty result
 * always means a checked page.
 */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(AXE);
  const { violations, passes } = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(context: Document): Promise<{
            violations: { id: string; impact: string; help: string; nodes: { target: unknown[] }[] }[];
            passes: unknown[];
          }>;
        };
      }
    ).axe;
    const results = await axe.run(document);
    return {
      passes: results.passes.length,
      violations: results.violations.map((v) => ({
        rule: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((node) => JSON.stringify(node.target)),
      })),
    };
  });
  if (passes === 0) throw new Error('axe checked nothing on this page');
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
