import { blockRule } from './find-block.ts';
import type { UnitRule } from './unit-rule.ts';

/** Citizen-reception schedule on the website — Law on Citizen Reception 2013, Art. 13. */
export const u06ReceptionSchedule: UnitRule = {
  id: 'U06',
  evaluate: (blocks) =>
    blockRule(blocks, /lich tiep (cong )?dan/, 'Có lịch tiếp công dân.', 'Chưa thấy lịch tiếp công dân.'),
};
