import { describe, expect, it } from 'vitest';
import { findTextElements } from '../../../extension/highlight/find-text-elements.ts';
import { parseHtml } from '../../fixtures/parse-html.ts';

const PAGE = `<html><body>
  <script>var t = "công dân việt nam";</script>
  <div id="root">
    <h1 id="name">Chuyển trường đối với học sinh
      trung học cơ sở</h1>
    <p id="hidden" class="hidden">Công dân Việt Nam</p>
    <ul><li id="subject">Công dân   Việt Nam</li></ul>
    <p id="step">Bước 1: <b>Nộp</b> hồ sơ tại trường nơi chuyển đến.</p>
  </div>
</body></html>`;

const visible = (element: Element) => !element.classList.contains('hidden');

describe('findTextElements', () => {
  it('finds the first visible element holding each needle, in one walk', () => {
    const doc = parseHtml(PAGE);
    const found = findTextElements(
      doc,
      ['chuyển trường đối với học sinh trung học cơ sở', 'công dân việt nam', 'không có trên trang'],
      visible,
    );
    expect(found.get('chuyển trường đối với học sinh trung học cơ sở')?.id).toBe('name');
    // Skips the script's text and the hidden paragraph.
    expect(found.get('công dân việt nam')?.id).toBe('subject');
    expect(found.has('không có trên trang')).toBe(false);
  });

  it('finds text split by inline markup in the element that holds all of it', () => {
    const found = findTextElements(parseHtml(PAGE), ['bước 1: nộp hồ sơ tại trường'], visible);
    expect(found.get('bước 1: nộp hồ sơ tại trường')?.id).toBe('step');
  });

  it('stops after the node budget on huge pages', () => {
    const rows = Array.from({ length: 500 }, (_, i) => `<p>dòng ${i}</p>`).join('');
    const doc = parseHtml(`<html><body>${rows}<p id="last">cuối trang</p></body></html>`);
    expect(findTextElements(doc, ['cuối trang'], visible, 100).size).toBe(0);
    expect(findTextElements(doc, ['cuối trang'], visible).get('cuối trang')?.id).toBe('last');
  });
});
