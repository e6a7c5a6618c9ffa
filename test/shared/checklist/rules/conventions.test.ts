import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findItem } from '../../../../shared/checklist/checklist-items.ts';
import { RULES } from '../../../../shared/checklist/rules/index.ts';

const rulesDir = fileURLToPath(new URL('../../../../shared/checklist/rules/', import.meta.url));
const ruleFiles = readdirSync(rulesDir).filter((file) => file !== 'index.ts');

// One rule per file, file name = rule id (STYLE.md §2); this test keeps the convention honest.
describe('checklist rule conventions', () => {
  it.each(ruleFiles)('%s is registered under the id its name gives', (file) => {
    const id = file.slice(0, 3).toUpperCase();
    const rule = RULES.find((r) => r.id === id);
    expect(rule, `${file} is not in rules/index.ts`).toBeDefined();
    expect(readFileSync(rulesDir + file, 'utf8')).toContain(`id: '${id}'`);
  });

  it('registers each rule once, in checklist order, for a known AUTO or SEMI item with a basis', () => {
    expect(RULES).toHaveLength(ruleFiles.length);
    const ids = RULES.map((r) => r.id);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids) {
      const item = findItem(id);
      expect(item?.mode, id).not.toBe('MANUAL');
      expect(item?.basis, id).toBeTruthy();
    }
  });
});
