import { p10Methods } from '../../../../shared/checklist/rules/p10-methods.ts';
import { describePresenceRule } from '../../../fixtures/describe-presence-rule.ts';

describePresenceRule(p10Methods, 'methods', 'Trực tiếp');
