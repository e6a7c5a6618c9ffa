import { p19LegalBasis } from '../../../../shared/checklist/rules/p19-legal-basis.ts';
import { describePresenceRule } from '../../../fixtures/describe-presence-rule.ts';

describePresenceRule(p19LegalBasis, 'legalBasis', 'Thông tư 50/2021/TT-BGDĐT');
