import { p08Name } from '../../../../shared/checklist/rules/p08-name.ts';
import { describePresenceRule } from '../../../fixtures/describe-presence-rule.ts';

describePresenceRule(p08Name, 'name', 'Chuyển trường');
