import { p11Dossier } from '../../../../shared/checklist/rules/p11-dossier.ts';
import { describePresenceRule } from '../../../fixtures/describe-presence-rule.ts';

describePresenceRule(p11Dossier, 'dossier', 'Đơn xin chuyển trường — bản chính: 1');
