import { describe, expect, it } from 'vitest';
import { p02CodeAndName } from '../../../../shared/checklist/rules/p02-code-and-name.ts';
import { makeFacts } from '../../../fixtures/make-facts.ts';

const catalogue = [{ code: '2.002481', name: 'Chuyển trường đối với học sinh trung học cơ sở' }];

describe('p02CodeAndName', () => {
  it.each([
    ['the same name', 'Chuyển trường đối với học sinh trung học cơ sở', 'dat'],
    ['the name re-typed without accents', 'chuyen truong doi voi hoc sinh trung hoc co so.', 'dat'],
    ['another name', 'Tiếp nhận học sinh Việt Nam từ nước ngoài về nước', 'chua_dat'],
  ] as const)('%s → %s', (_label, name, status) => {
    expect(p02CodeAndName.evaluate(makeFacts({ name }), { catalogue }).status).toBe(status);
  });

  it('cannot decide without a catalogue entry of the same code', () => {
    expect(p02CodeAndName.evaluate(makeFacts({ code: '9.999999' }), { catalogue }).status).toBe(
      'chua_kiem_tra',
    );
    expect(p02CodeAndName.evaluate(makeFacts(), {}).status).toBe('chua_kiem_tra');
  });
});
