import { blockRule } from './find-block.ts';
import type { UnitRule } from './unit-rule.ts';

/** Citizen-reception schedule on the website — Law on Citizen Reception 2013, Art. 13. */
export const u06ReceptionSchedule: UnitRule = {
  id: 'U06',
  evaluate: (blocks) =>
    blockRule(
      blocks,
      /lich tiep (cong )?dan/,
      { vi: 'Có lịch tiếp công dân.', en: 'The page gives the citizen-reception schedule.' },
      { vi: 'Chưa thấy lịch tiếp công dân.', en: 'No citizen-reception schedule has been found yet.' },
    ),
};
