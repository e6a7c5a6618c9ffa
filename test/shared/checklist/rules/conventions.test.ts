import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findItem, PROCEDURE_ITEMS } from '../../../../shared/checklist/checklist-items.ts';
import { RULES } from '../../../../shared/checklist/rules/index.ts';

const rulesDir = fileURLToPath(new URL('../../../../shared/checklist/rules/', import.meta.url));
const testsDir = fileURLToPath(new URL('./', import.meta.url));
const ruleFiles = readdirSync(rulesDir).filter((file) => file !== 'index.ts');

// One rule per file, file name = rule id (docs/style.md §2); this test keeps the convention honest.
describe('checklist rule conventions', () => {
  it.each(ruleFiles)('%s is registered under the id its name gives', (file) => {
    const id = file.slice(0, 3).toUpperCase();
    const rule = RULES.find((r) => r.id === id);
    expect(rule, `${file} is not in rules/index.ts`).toBeDefined();
    expect(readFileSync(rulesDir + file, 'utf8')).toContain(`id: '${id}'`);
  });

  it('registers one rule per P-item, in checklist order, each with a legal basis and a test', () => {
    expect(RULES).toHaveLength(ruleFiles.length);
    expect(RULES.map((r) => r.id)).toEqual(PROCEDURE_ITEMS.map((item) => item.id));
    for (const file of ruleFiles) {
      expect(findItem(file.slice(0, 3).toUpperCase())?.basis, file).toBeTruthy();
      expect(existsSync(`${testsDir}${file.replace(/\.ts$/, '.test.ts')}`), `test for ${file}`).toBe(true);
    }
  });
});
