import { portalLinkKind } from '../../site/portal-link.ts';
import { blockRule } from './find-block.ts';
import type { UnitRule } from './unit-rule.ts';

/** Guidance for online submission (portal, VNeID, QR code) — Decree 42/2022/NĐ-CP. */
export const u09OnlineGuidance: UnitRule = {
  id: 'U09',
  evaluate: (blocks) =>
    blockRule(
      blocks,
      /nop (ho so )?truc tuyen|dich vu cong truc tuyen|vneid|ma qr/,
      { vi: 'Có hướng dẫn nộp hồ sơ trực tuyến.', en: 'The page explains how to submit dossiers online.' },
      {
        vi: 'Chưa thấy hướng dẫn nộp hồ sơ trực tuyến.',
        en: 'No guidance on submitting dossiers online has been found yet.',
      },
      (block) =>
        /vneid|ma qr/i.test(block.text) || block.links.some((l) => portalLinkKind(l.href) !== 'other'),
    ),
};
