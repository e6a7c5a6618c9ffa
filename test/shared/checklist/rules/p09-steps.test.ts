import { p09Steps } from '../../../../shared/checklist/rules/p09-steps.ts';
import { describePresenceRule } from '../../../fixtures/describe-presence-rule.ts';

describePresenceRule(p09Steps, 'steps', 'Bước 1: nộp hồ sơ');
