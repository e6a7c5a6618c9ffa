import { p15Results } from '../../../../shared/checklist/rules/p15-results.ts';
import { describePresenceRule } from '../../../fixtures/describe-presence-rule.ts';

describePresenceRule(p15Results, 'results', 'Học sinh được tiếp nhận');
