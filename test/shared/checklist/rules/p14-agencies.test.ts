import { p14Agencies } from '../../../../shared/checklist/rules/p14-agencies.ts';
import { describePresenceRule } from '../../../fixtures/describe-presence-rule.ts';

describePresenceRule(p14Agencies, 'agencies', 'Trường trung học cơ sở');
