import { p12ProcessingTime } from '../../../../shared/checklist/rules/p12-processing-time.ts';
import { describePresenceRule } from '../../../fixtures/describe-presence-rule.ts';

describePresenceRule(p12ProcessingTime, 'processingTime', '3 ngày làm việc');
