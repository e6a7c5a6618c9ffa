import { p13Subjects } from '../../../../shared/checklist/rules/p13-subjects.ts';
import { describePresenceRule } from '../../../fixtures/describe-presence-rule.ts';

describePresenceRule(p13Subjects, 'subjects', 'Công dân Việt Nam');
