import { describe, expect, it } from 'vitest';
import { p06OfficeBoard } from '../../../../shared/checklist/rules/p06-office-board.ts';
import { makeFacts } from '../../../fixtures/make-facts.ts';

describe('p06OfficeBoard', () => {
  it('leaves the office board to a person', () => {
    expect(p06OfficeBoard.evaluate(makeFacts(), {}).status).toBe('chua_kiem_tra');
  });
});
