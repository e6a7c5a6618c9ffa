import { describe, expect, it } from 'vitest';
import { answerKey } from '../../../../extension/entrypoints/sidepanel/answer-key.ts';
import { parseHtml } from '../../../fixtures/parse-html.ts';

/** A checklist row as the side panel draws it: radios, the note, the evidence's date and link. */
const row = parseHtml(`<fieldset data-item="P06">
  <input type="radio" name="r" value="dat" id="radio">
  <input type="text" id="note">
  <details><summary id="summary">Minh chứng</summary>
    <input type="date" id="date"><input type="url" id="link"><input type="file" id="file">
    <input id="untyped"><textarea id="area"></textarea><div contenteditable id="editable"></div>
    <button type="button" id="button">Xoá trả lời</button>
  </details>
</fieldset>`);
const at = (id: string) => row.getElementById(id);
const press = (key: string, target: Element | null, modifiers = {}) =>
  answerKey({ key, target, ctrlKey: false, metaKey: false, altKey: false, ...modifiers });

describe('answerKey', () => {
  it.each([
    ['1', 'radio', 'dat'],
    ['2', 'radio', 'chua_dat'],
    ['3', 'summary', 'khong_ap_dung'],
    ['4', 'button', 'chua_kiem_tra'],
    ['1', 'file', 'dat'],
    ['5', 'radio', null],
    ['a', 'radio', null],
  ] as const)('%s on #%s answers %s', (key, id, status) => {
    expect(press(key, at(id))).toBe(status);
  });

  // Digits typed into a field are what the person writes: a link such as …/tin/1234, a date.
  it.each(['note', 'date', 'link', 'untyped', 'area', 'editable'])(
    'a digit typed into #%s is typing',
    (id) => {
      expect(press('1', at(id))).toBeNull();
    },
  );

  it('leaves shortcuts with a modifier alone', () => {
    expect(press('1', at('radio'), { ctrlKey: true })).toBeNull();
    expect(press('2', at('radio'), { altKey: true })).toBeNull();
    expect(press('3', at('radio'), { metaKey: true })).toBeNull();
  });
});
