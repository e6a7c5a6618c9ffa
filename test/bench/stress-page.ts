/**
 * The largest page the bench scans: the legacy detail fixture with its dossier and legal-basis
 * tables grown to hundreds of rows and long step texts, as the biggest real procedures have.
 */
export function stressLegacyPage(template: string, rows = 400): string {
  const dossierRow = (i: number) =>
    `<tr><td>Giấy tờ số ${i}: bản sao giấy tờ chứng minh thông tin cá nhân và hồ sơ liên quan</td><td><a href="/f/${i}.docx">Mẫu ${i}.docx</a></td><td>Bản chính: 1<br>Bản sao: 0</td></tr>`;
  const basisRow = (i: number) =>
    `<tr><td>${i}/2025/TT-BGDĐT</td><td>Thông tư sửa đổi, bổ sung một số điều số ${i}</td><td>01-01-2025</td><td>Bộ Giáo dục và Đào tạo</td></tr>`;
  const steps = Array.from(
    { length: rows },
    (_, i) => `<p>Bước ${i + 1}: tiếp nhận, kiểm tra và xử lý hồ sơ theo quy định.</p>`,
  ).join('');
  return template
    .replace(
      '<tr><td>Học bạ (bản chính)</td>',
      `${Array.from({ length: rows }, (_, i) => dossierRow(i)).join('')}<tr><td>Học bạ (bản chính)</td>`,
    )
    .replace(
      '<tr><td>32/2020/TT-BGDĐT</td>',
      `${Array.from({ length: rows }, (_, i) => basisRow(i)).join('')}<tr><td>32/2020/TT-BGDĐT</td>`,
    )
    .replace('<p>Bước 1:', `${steps}<p>Bước 1:`);
}
