-- DEMO DATA ONLY: the units, assignments, devices, answers and their history, reviews (and the
-- reviewer account they need) and enrolment codes below exist to try CongKhai locally (`npm start`)
-- and for the end-to-end tests. Never load this into a production database.
--
-- Idempotent: every statement is INSERT OR IGNORE, an upsert, or an update that recomputes from
-- stored rows or fills what is unset, so a second run neither fails nor changes anything; answers
-- already present are left alone (a real edit is never overwritten by the seed).
-- test/worker/seed/ checks both, and the story.
-- Run after the migrations:
--   npx wrangler d1 migrations apply DB --local
--   npx wrangler d1 execute DB --local --file worker/seed/demo.sql
-- Each statement ends with `;` at the end of a line and no string holds `;` (tests split on that).

-- Cluster and units (docs/product.md §2, §6). Former Gò Vấp district = six wards since 2025-07-01.
-- School parents: the ward each school sits in [U: check with the cluster before real use].
INSERT INTO org_unit (id, kind, name, parent_id, valid_from, valid_to) VALUES
  ('khu-vuc-go-vap', 'cluster', 'Khu vực Gò Vấp', NULL, '2025-07-01', NULL),
  ('phuong-hanh-thong', 'ward', 'Phường Hạnh Thông', 'khu-vuc-go-vap', '2025-07-01', NULL),
  ('phuong-an-nhon', 'ward', 'Phường An Nhơn', 'khu-vuc-go-vap', '2025-07-01', NULL),
  ('phuong-go-vap', 'ward', 'Phường Gò Vấp', 'khu-vuc-go-vap', '2025-07-01', NULL),
  ('phuong-an-hoi-dong', 'ward', 'Phường An Hội Đông', 'khu-vuc-go-vap', '2025-07-01', NULL),
  ('phuong-thong-tay-hoi', 'ward', 'Phường Thông Tây Hội', 'khu-vuc-go-vap', '2025-07-01', NULL),
  ('phuong-an-hoi-tay', 'ward', 'Phường An Hội Tây', 'khu-vuc-go-vap', '2025-07-01', NULL),
  ('thcs-truong-son', 'school', 'THCS Trường Sơn', 'phuong-an-hoi-tay', '2025-07-01', NULL),
  ('thcs-phan-tay-ho', 'school', 'THCS Phan Tây Hồ', 'phuong-go-vap', '2025-07-01', NULL),
  ('thcs-nguyen-du', 'school', 'THCS Nguyễn Du', 'phuong-go-vap', '2025-07-01', NULL),
  ('thcs-quang-trung', 'school', 'THCS Quang Trung', 'phuong-thong-tay-hoi', '2025-07-01', NULL)
ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, parent_id = excluded.parent_id,
  valid_from = excluded.valid_from, valid_to = excluded.valid_to;

-- Parent links (org_link is where parents are read from): each unit under its parent since the
-- 2025 reorganisation. A link an admin closed (a move) is left alone.
INSERT OR IGNORE INTO org_link (unit_id, parent_id, valid_from, valid_to)
SELECT id, parent_id, valid_from, valid_to FROM org_unit
WHERE id IN ('khu-vuc-go-vap', 'phuong-hanh-thong', 'phuong-an-nhon', 'phuong-go-vap', 'phuong-an-hoi-dong',
  'phuong-thong-tay-hoi', 'phuong-an-hoi-tay', 'thcs-truong-son', 'thcs-phan-tay-ho', 'thcs-nguyen-du', 'thcs-quang-trung');

-- Procedures: every row of the city's 2025 list of ward-level education procedures
-- (test/fixtures/reference/procedures-education-hcmc.csv); rows without a confirmed code get the
-- key hcm-gd-NN (NN = row number in that list) and code NULL. Plus two common ward procedures.
INSERT INTO procedure (key, code, name, field, level) VALUES
  ('2.002481', '2.002481', 'Chuyển trường đối với học sinh trung học cơ sở', 'Giáo dục trung học', 'xã'),
  ('hcm-gd-02', NULL, 'Thủ tục chuyển trường đối với học sinh tiểu học', 'Giáo dục tiểu học', 'xã'),
  ('2.002855', '2.002855', 'Tiếp nhận học sinh trung học cơ sở Việt Nam về nước', 'Giáo dục trung học', 'xã'),
  ('hcm-gd-04', NULL, 'Tiếp nhận học sinh trung học cơ sở người nước ngoài', 'Giáo dục trung học', 'xã'),
  ('3.000182', '3.000182', 'Tuyển sinh trung học cơ sở', 'Giáo dục trung học', 'xã'),
  ('hcm-gd-06', NULL, 'Thủ tục xét, cấp học bổng chính sách', 'Giáo dục và Đào tạo', 'xã'),
  ('hcm-gd-07', NULL, 'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc', 'Văn bằng chứng chỉ', 'xã'),
  ('hcm-gd-08', NULL, 'Thủ tục chỉnh sửa nội dung văn bằng, chứng chỉ', 'Văn bằng chứng chỉ', 'xã'),
  ('hcm-gd-09', NULL, 'Thành lập hoặc cho phép thành lập trường trung học cơ sở, trường phổ thông có nhiều cấp học có cấp học cao nhất là trung học cơ sở', 'Giáo dục trung học', 'xã'),
  ('hcm-gd-10', NULL, 'Cho phép trường trung học cơ sở, trường phổ thông có nhiều cấp học có cấp học cao nhất là trung học cơ sở hoạt động giáo dục', 'Giáo dục trung học', 'xã'),
  ('hcm-gd-11', NULL, 'Sáp nhập, chia, tách trường trung học cơ sở, trường phổ thông có nhiều cấp học có cấp học cao nhất là trung học cơ sở', 'Giáo dục trung học', 'xã'),
  ('1.012965', '1.012965', 'Cho phép trường trung học cơ sở hoạt động giáo dục trở lại', 'Giáo dục trung học', 'xã'),
  ('hcm-gd-13', NULL, 'Giải thể trường trung học cơ sở (theo đề nghị của cá nhân, tổ chức thành lập trường)', 'Giáo dục trung học', 'xã'),
  ('hcm-gd-14', NULL, 'Thành lập hoặc cho phép thành lập trường tiểu học', 'Giáo dục tiểu học', 'xã'),
  ('hcm-gd-15', NULL, 'Cho phép trường tiểu học hoạt động giáo dục', 'Giáo dục tiểu học', 'xã'),
  ('hcm-gd-16', NULL, 'Sáp nhập, chia, tách trường tiểu học', 'Giáo dục tiểu học', 'xã'),
  ('hcm-gd-17', NULL, 'Cho phép trường tiểu học hoạt động giáo dục trở lại', 'Giáo dục tiểu học', 'xã'),
  ('hcm-gd-18', NULL, 'Giải thể trường tiểu học (theo đề nghị của tổ chức, cá nhân đề nghị thành lập trường tiểu học)', 'Giáo dục tiểu học', 'xã'),
  ('hcm-gd-19', NULL, 'Thành lập hoặc cho phép thành lập trường mẫu giáo, trường mầm non, nhà trẻ', 'Giáo dục mầm non', 'xã'),
  ('hcm-gd-20', NULL, 'Cho phép trường mẫu giáo, trường mầm non, nhà trẻ hoạt động giáo dục', 'Giáo dục mầm non', 'xã'),
  ('2.002894', '2.002894', 'Cho phép trường mẫu giáo, trường mầm non, nhà trẻ hoạt động giáo dục trở lại', 'Giáo dục mầm non', 'xã'),
  ('1.012971', '1.012971', 'Thành lập hoặc cho phép thành lập cơ sở giáo dục mầm non độc lập', 'Giáo dục mầm non', 'xã'),
  ('1.012974', '1.012974', 'Giải thể cơ sở giáo dục mầm non độc lập (theo đề nghị của tổ chức, cá nhân thành lập trường)', 'Giáo dục mầm non', 'xã'),
  ('1.008951', '1.008951', 'Chuyển đổi cơ sở giáo dục mầm non bán công sang cơ sở giáo dục mầm non dân lập', 'Giáo dục mầm non', 'xã'),
  ('1.001622', '1.001622', 'Hỗ trợ ăn trưa đối với trẻ em mẫu giáo', 'Giáo dục mầm non', 'xã'),
  ('1.008950', '1.008950', 'Trợ cấp đối với trẻ em mầm non là con công nhân, người lao động làm việc tại khu công nghiệp', 'Giáo dục mầm non', 'xã'),
  ('2.002770', '2.002770', 'Xét duyệt học sinh bán trú, học viên bán trú hỗ trợ kinh phí, hỗ trợ gạo', 'Giáo dục và Đào tạo', 'xã'),
  ('2.002771', '2.002771', 'Xét duyệt trẻ em nhà trẻ bán trú hỗ trợ kinh phí, hỗ trợ gạo', 'Giáo dục mầm non', 'xã'),
  ('1.003702', '1.003702', 'Hỗ trợ học tập đối với trẻ mẫu giáo, học sinh tiểu học, học sinh trung học cơ sở, sinh viên các dân tộc thiểu số rất ít người', 'Giáo dục và Đào tạo', 'xã'),
  ('hcm-gd-30', NULL, 'Thành lập hoặc cho phép thành lập trung tâm học tập cộng đồng', 'Giáo dục thường xuyên', 'xã'),
  ('hcm-gd-31', NULL, 'Cho phép trung tâm học tập cộng đồng hoạt động trở lại', 'Giáo dục thường xuyên', 'xã'),
  ('1.005108', '1.005108', 'Thuyên chuyển đối tượng học bổ túc trung học cơ sở', 'Giáo dục thường xuyên', 'xã'),
  ('2.001904', '2.001904', 'Tiếp nhận đối tượng học bổ túc trung học cơ sở', 'Giáo dục thường xuyên', 'xã'),
  ('1.005098', '1.005098', 'Chuyển trường đối với học sinh trung học phổ thông', 'Giáo dục trung học', 'tỉnh'),
  ('1.005090', '1.005090', 'Tuyển sinh trung học phổ thông', 'Giáo dục trung học', 'tỉnh'),
  ('1.005142', '1.005142', 'Đăng ký dự thi tốt nghiệp trung học phổ thông', 'Giáo dục trung học', 'tỉnh'),
  ('2.000815', '2.000815', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận', 'Chứng thực', 'xã'),
  ('1.001193', '1.001193', 'Thủ tục đăng ký khai sinh', 'Hộ tịch', 'xã')
ON CONFLICT (key) DO UPDATE SET code = excluded.code, name = excluded.name, field = excluded.field,
  level = excluded.level;

-- Schools handle the ward-level lower-secondary procedures (field Giáo dục trung học, level xã).
INSERT OR IGNORE INTO assignment (unit_id, procedure_key)
SELECT u.id, p.key FROM org_unit u, procedure p
WHERE u.id IN ('thcs-truong-son', 'thcs-phan-tay-ho', 'thcs-nguyen-du', 'thcs-quang-trung')
  AND p.key IN ('2.002481', '2.002855', 'hcm-gd-04', '3.000182', 'hcm-gd-09', 'hcm-gd-10', 'hcm-gd-11', '1.012965', 'hcm-gd-13');

-- Wards handle every ward-level education procedure, plus certification and birth registration.
INSERT OR IGNORE INTO assignment (unit_id, procedure_key)
SELECT u.id, p.key FROM org_unit u, procedure p
WHERE u.id IN ('phuong-hanh-thong', 'phuong-an-nhon', 'phuong-go-vap', 'phuong-an-hoi-dong', 'phuong-thong-tay-hoi', 'phuong-an-hoi-tay')
  AND p.key IN ('2.002481', 'hcm-gd-02', '2.002855', 'hcm-gd-04', '3.000182', 'hcm-gd-06', 'hcm-gd-07', 'hcm-gd-08', 'hcm-gd-09', 'hcm-gd-10', 'hcm-gd-11', '1.012965', 'hcm-gd-13', 'hcm-gd-14', 'hcm-gd-15', 'hcm-gd-16', 'hcm-gd-17', 'hcm-gd-18', 'hcm-gd-19', 'hcm-gd-20', '2.002894', '1.012971', '1.012974', '1.008951', '1.001622', '1.008950', '2.002770', '2.002771', '1.003702', 'hcm-gd-30', 'hcm-gd-31', '1.005108', '2.001904', '2.000815', '1.001193');

-- The story the dashboard tells (issue #9): what the units' devices checked over the two quarters
-- before this one and this one, dated from the day the seed first runs, so the demo has a past in
-- any year. Every write is recorded as a push records it (change_log, versions continuing the
-- unit's counter), then the answers, the per-day history and the summaries are derived from that
-- log by the rules of worker/db/write-push.ts and worker/db/refresh-unit-summary.ts. Only a
-- procedure of a unit with no answer for it yet gets its story: a real answer is never
-- overwritten, and a later run (in any quarter) adds nothing.
--
-- Current quarter, in short: Trường Sơn 1/9 complete (2.002481, checked again), 3.000182 failing
-- P20 and stale (P23), reviewed cần bổ sung with comments. Hạnh Thông 1/35 (1.001193), its
-- 2.000815 complete last quarter and stale now (P07, P23), approved (đã duyệt) last quarter. Gò Vấp
-- 2.000815 all dat except P06 (answering P06 completes it), reviewed cần bổ sung last quarter.
-- Nguyễn Du 3.000182 checked two quarters ago only (P04 failing, P20-P23 unanswered): re-check
-- overdue. An Hội Đông hcm-gd-07 complete but changed by the portal after its check. Thông Tây Hội
-- started this quarter, Quang Trung in its third quarter, An Nhơn, An Hội Tây and Phan Tây Hồ never
-- synced.

-- The devices the checks come from. They have no token: the hash column holds a value no SHA-256
-- hex digest equals, so nobody can sync as them.
WITH d (id, unit_id, label) AS (VALUES
  ('demo-seed-truong-son-van-thu', 'thcs-truong-son', 'Máy văn thư'),
  ('demo-seed-truong-son-hieu-pho', 'thcs-truong-son', 'Máy hiệu phó'),
  ('demo-seed-go-vap-mot-cua', 'phuong-go-vap', 'Máy bộ phận một cửa'),
  ('demo-seed-hanh-thong-van-thu', 'phuong-hanh-thong', 'Máy văn thư'),
  ('demo-seed-nguyen-du-van-thu', 'thcs-nguyen-du', 'Máy văn thư'),
  ('demo-seed-an-hoi-dong-mot-cua', 'phuong-an-hoi-dong', 'Máy bộ phận một cửa'),
  ('demo-seed-thong-tay-hoi-van-thu', 'phuong-thong-tay-hoi', 'Máy văn thư'),
  ('demo-seed-quang-trung-hanh-chinh', 'thcs-quang-trung', 'Máy phòng hành chính'))
INSERT OR IGNORE INTO device (id, token_hash, unit_id, label, role, created_at)
SELECT id, 'no-token:' || id, unit_id, label, 'editor',
  (unixepoch(date('now', '+7 hours', 'start of month', '-9 months')) - 7 * 3600) * 1000
FROM d;

-- The checks. One row is one sitting at one device: the items of one procedure (or of the unit,
-- subject _unit) it answered, one letter per item in item order from P01 (or U01), spaces only
-- grouping them by five: d = dat, c = chua_dat, k = khong_ap_dung, . = left as it was. quarter is
-- 0 for the running quarter, -1 and -2 for the two before, day counts from the quarter's first day
-- (Viet Nam time, never past today), the note goes on the items found failing. A check with
-- late > 0 reached the server that many days after it was made, after a newer check of the same
-- item: it lost last-writer-wins (superseded, lost = 1), as a device offline for days does.
WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 23),
clock (ms, today, q0) AS (
  SELECT unixepoch('now') * 1000, date('now', '+7 hours'),
    date('now', '+7 hours', 'start of month', printf('-%d months', (CAST(strftime('%m', 'now', '+7 hours') AS INTEGER) - 1) % 3))
),
checks (unit_id, subject, quarter, day, device_id, late, marks, note) AS (VALUES
  ('thcs-truong-son', '2.002481', -2, 20, 'demo-seed-truong-son-van-thu', 0, 'ddddd c.ddd ddddd ..... ...', 'Bản niêm yết ở phòng một cửa là bản của năm trước'),
  ('thcs-truong-son', '_unit', -2, 25, 'demo-seed-truong-son-van-thu', 0, 'd.d.. ..... .....', NULL),
  ('thcs-truong-son', '2.002481', -1, 10, 'demo-seed-truong-son-hieu-pho', 4, '..... c.... ..... ..... ...', 'Bảng niêm yết bị tủ hồ sơ che khuất'),
  ('thcs-truong-son', '2.002481', -1, 12, 'demo-seed-truong-son-van-thu', 0, '..... dd... ..... ddddd ddd', NULL),
  ('thcs-truong-son', '_unit', -1, 30, 'demo-seed-truong-son-van-thu', 0, '.d... ..... .....', NULL),
  ('thcs-truong-son', '3.000182', -1, 40, 'demo-seed-truong-son-van-thu', 0, 'ddddd ddddd ddddd ddddc kdd', 'Chưa ghi mức dịch vụ công trực tuyến và liên kết nộp hồ sơ'),
  ('thcs-truong-son', '3.000182', 0, 3, 'demo-seed-truong-son-hieu-pho', 0, '..... ..... ..... ..... ..c', 'Có quyết định công bố mới, bản niêm yết chưa cập nhật'),
  ('thcs-truong-son', '2.002481', 0, 5, 'demo-seed-truong-son-van-thu', 0, '..... .d... ..... ..... .dd', NULL),
  ('phuong-go-vap', '2.000815', -2, 30, 'demo-seed-go-vap-mot-cua', 0, 'ddddd ..... ..... ..... ...', NULL),
  ('phuong-go-vap', '2.000815', -1, 20, 'demo-seed-go-vap-mot-cua', 0, '..... .dddd ddddd dddd. ...', NULL),
  ('phuong-go-vap', 'hcm-gd-02', -1, 20, 'demo-seed-go-vap-mot-cua', 0, 'ddddd c.ddd ddddd ..... ...', 'Bảng niêm yết đang thay, chưa treo lại'),
  ('phuong-go-vap', '2.000815', 0, 6, 'demo-seed-go-vap-mot-cua', 0, '..... ..... ..... ....d ddd', NULL),
  ('phuong-hanh-thong', '1.001193', -2, 15, 'demo-seed-hanh-thong-van-thu', 0, 'ddddd ddddd ddddd dddd. ...', NULL),
  ('phuong-hanh-thong', '1.001193', -1, 10, 'demo-seed-hanh-thong-van-thu', 0, '..... ..... ..... ....d kdd', NULL),
  ('phuong-hanh-thong', '2.000815', -1, 10, 'demo-seed-hanh-thong-van-thu', 0, 'ddddd ddddd ddddd ddddd ddd', NULL),
  ('phuong-hanh-thong', '_unit', -1, 10, 'demo-seed-hanh-thong-van-thu', 0, 'ddddd dd... .....', NULL),
  ('phuong-hanh-thong', '2.000815', 0, 4, 'demo-seed-hanh-thong-van-thu', 0, '..... .c... ..... ..... ..c', 'Thủ tục đã sửa theo quyết định công bố mới, bản niêm yết chưa thay'),
  ('thcs-nguyen-du', '3.000182', -2, 20, 'demo-seed-nguyen-du-van-thu', 0, 'dddcd ddddd ddddd dddd. ...', 'Cổng dịch vụ công thành phố chưa đăng thủ tục này của trường'),
  ('phuong-an-hoi-dong', 'hcm-gd-08', -2, 40, 'demo-seed-an-hoi-dong-mot-cua', 0, 'ddddd d.... ..... ..... ...', NULL),
  ('phuong-an-hoi-dong', 'hcm-gd-07', -1, 25, 'demo-seed-an-hoi-dong-mot-cua', 0, 'ddddd ddddd ddddd ddddd ddd', NULL),
  ('phuong-an-hoi-dong', 'hcm-gd-08', -1, 25, 'demo-seed-an-hoi-dong-mot-cua', 0, '..... .dddd ddddd ..... ...', NULL),
  ('phuong-thong-tay-hoi', '2.000815', 0, 2, 'demo-seed-thong-tay-hoi-van-thu', 0, 'ddddd ddddd ddc.. ..... ...', 'Bản niêm yết chưa ghi đối tượng thực hiện'),
  ('phuong-thong-tay-hoi', '_unit', 0, 2, 'demo-seed-thong-tay-hoi-van-thu', 0, 'dcd.d .d... .....', 'Trang web của phường chưa có danh mục thủ tục hành chính'),
  ('thcs-quang-trung', '2.002481', -2, 35, 'demo-seed-quang-trung-hanh-chinh', 0, 'ddddd dd... ..... ..... ...', NULL),
  ('thcs-quang-trung', '2.002481', -1, 30, 'demo-seed-quang-trung-hanh-chinh', 0, '..... ..ddd ddddd c.... ...', 'Bản niêm yết chưa ghi phí, lệ phí'),
  ('thcs-quang-trung', '2.002481', 0, 7, 'demo-seed-quang-trung-hanh-chinh', 0, '..... ..... ..... ddddd cdd', 'Chưa ghi việc nhận, trả kết quả qua bưu chính công ích')
),
writes AS (
  SELECT c.unit_id, c.subject, c.device_id, c.late, c.note, n.i,
    printf('%s%02d', CASE WHEN c.subject = '_unit' THEN 'U' ELSE 'P' END, n.i) AS item_id,
    CASE substr(replace(c.marks, ' ', ''), n.i, 1) WHEN 'd' THEN 'dat' WHEN 'c' THEN 'chua_dat' WHEN 'k' THEN 'khong_ap_dung' END AS status,
    min((unixepoch(CASE WHEN c.quarter = 0 THEN min(date(clock.q0, printf('+%d days', c.day)), clock.today)
      ELSE date(clock.q0, printf('%d months', 3 * c.quarter), printf('+%d days', c.day)) END) + 2 * 3600) * 1000, clock.ms) AS checked_at
  FROM checks c JOIN n ON n.i <= length(replace(c.marks, ' ', '')), clock
  WHERE substr(replace(c.marks, ' ', ''), n.i, 1) <> '.'
    AND NOT EXISTS (SELECT 1 FROM answer a WHERE a.unit_id = c.unit_id AND a.subject = c.subject)
),
-- Checked at 09:00 in Viet Nam (or now, if that is still ahead), sent a minute later.
sent AS (
  SELECT w.*, min(w.checked_at + w.late * 86400000 + 60000, clock.ms) AS created_at,
    printf('%015d:%05d:%s', w.checked_at, w.i, w.device_id) AS hlc,
    json_object('status', w.status, 'checkedBy', d.label, 'checkedAt', w.checked_at, 'templateVersion', 1) AS base
  FROM writes w JOIN device d ON d.id = w.device_id, clock
),
-- A failing item carries the check's note; a later answer of an item that had one clears it.
fielded AS (
  SELECT s.*,
    CASE WHEN s.status = 'chua_dat' AND s.note IS NOT NULL THEN json_set(s.base, '$.note', s.note)
      WHEN (SELECT count(*) FROM sent p WHERE p.unit_id = s.unit_id AND p.subject = s.subject AND p.item_id = s.item_id
        AND p.late = 0 AND p.created_at < s.created_at AND p.status = 'chua_dat' AND p.note IS NOT NULL) > 0
      THEN json_set(s.base, '$.note', NULL)
      ELSE s.base END AS fields
  FROM sent s
)
INSERT OR IGNORE INTO change_log (client_id, seq, device_id, unit_id, subject, item_id, hlc, status, reason, version,
  old_fields, new_fields, lost_fields, lost, created_at)
SELECT f.device_id, row_number() OVER (PARTITION BY f.device_id ORDER BY f.hlc), f.device_id, f.unit_id, f.subject,
  f.item_id, f.hlc, CASE WHEN f.late > 0 THEN 'superseded' ELSE 'applied' END, NULL,
  CASE WHEN f.late = 0 THEN max(coalesce((SELECT version FROM unit_counter WHERE unit_id = f.unit_id), 0),
    coalesce((SELECT max(version) FROM answer WHERE unit_id = f.unit_id), 0))
    + row_number() OVER (PARTITION BY f.unit_id, f.late > 0 ORDER BY f.created_at, f.hlc) END,
  (SELECT p.fields FROM fielded p WHERE p.unit_id = f.unit_id AND p.subject = f.subject AND p.item_id = f.item_id
    AND p.late = 0 AND p.created_at < f.created_at ORDER BY p.created_at DESC LIMIT 1),
  f.fields,
  CASE WHEN f.late > 0 THEN (SELECT json_group_array(key) FROM json_each(f.fields)) ELSE '[]' END,
  f.late > 0, f.created_at
FROM fielded f
ORDER BY f.created_at, f.hlc;

-- The answers the log leaves: per item, each field from the latest applied write that has it, with
-- that write's stamp (the merge of shared/sync/merge-answer.ts, every field here stamped once).
INSERT OR IGNORE INTO answer (unit_id, subject, item_id, fields, clocks, version, deleted, updated_at)
SELECT unit_id, subject, item_id, json_group_object(key, value), json_group_object(key, hlc), max(version), 0,
  max(created_at)
FROM (
  SELECT c.unit_id, c.subject, c.item_id, f.key, f.value, c.hlc, c.version, c.created_at,
    row_number() OVER (PARTITION BY c.unit_id, c.subject, c.item_id, f.key ORDER BY c.hlc DESC) AS rn
  FROM change_log c, json_each(c.new_fields) f
  WHERE c.client_id GLOB 'demo-seed-*' AND c.status = 'applied'
)
WHERE rn = 1
GROUP BY unit_id, subject, item_id;

INSERT INTO unit_counter (unit_id, version) SELECT unit_id, max(version) FROM answer GROUP BY unit_id
ON CONFLICT (unit_id) DO UPDATE SET version = max(unit_counter.version, excluded.version);

UPDATE device SET last_seen_at = (SELECT max(created_at) FROM change_log WHERE device_id = device.id)
WHERE id GLOB 'demo-seed-*' AND last_seen_at IS NULL;

-- The history the pushes leave (worker/db/refresh-unit-summary.ts): for every day a write of the
-- story reached the server, each procedure it touched as it stood at the end of that day.
WITH days AS (
  SELECT DISTINCT unit_id, subject, date(created_at / 1000 + 7 * 3600, 'unixepoch') AS day
  FROM change_log WHERE client_id GLOB 'demo-seed-*' AND status = 'applied'
),
held AS (
  SELECT d.unit_id, d.subject, d.day, c.item_id, c.new_fields ->> '$.status' AS status,
    c.new_fields ->> '$.checkedAt' AS checked_at,
    row_number() OVER (PARTITION BY d.unit_id, d.subject, d.day, c.item_id ORDER BY c.hlc DESC) AS rn
  FROM days d JOIN change_log c ON c.unit_id = d.unit_id AND c.subject = d.subject
  WHERE c.client_id GLOB 'demo-seed-*' AND c.status = 'applied'
    AND date(c.created_at / 1000 + 7 * 3600, 'unixepoch') <= d.day
)
INSERT OR IGNORE INTO procedure_history (unit_id, subject, day, answered, met_mask, fail_mask, checked_at)
SELECT unit_id, subject, day, count(*),
  coalesce(sum(1 << (CAST(substr(item_id, 2) AS INTEGER) - 1)) FILTER (WHERE status IN ('dat', 'khong_ap_dung')), 0),
  coalesce(sum(1 << (CAST(substr(item_id, 2) AS INTEGER) - 1)) FILTER (WHERE status = 'chua_dat'), 0),
  max(checked_at)
FROM held WHERE rn = 1
GROUP BY unit_id, subject, day;

-- The portal changed hcm-gd-07 early this quarter, after An Hội Đông checked it: its posting is stale.
UPDATE procedure SET changed_at = min((unixepoch(date('now', '+7 hours', 'start of month',
    printf('-%d months', (CAST(strftime('%m', 'now', '+7 hours') AS INTEGER) - 1) % 3), '+1 days')) + 3600) * 1000,
  (unixepoch('now') - 60) * 1000)
WHERE key = 'hcm-gd-07' AND changed_at IS NULL
  AND EXISTS (SELECT 1 FROM change_log WHERE client_id = 'demo-seed-an-hoi-dong-mot-cua' AND subject = 'hcm-gd-07');

-- The demo reviewer, when the seed runs before worker/dev/demo-accounts.ts has made it: disabled,
-- with a hash no password matches, until that step gives it a password (an upsert by username that
-- keeps this id and lifts the disabling).
INSERT OR IGNORE INTO account (id, username, display_name, role, cluster_id, password_hash, password_salt,
  password_iterations, disabled_at, created_at)
VALUES ('demo-seed-raosoat', 'raosoat', 'Cán bộ rà soát Khu vực Gò Vấp', 'viewer', 'khu-vuc-go-vap', '',
  'AAAAAAAAAAAAAAAAAAAAAA==', 100000, unixepoch('now') * 1000, unixepoch('now') * 1000);

-- Reviews by the demo reviewer, a few days into the quarter after the one reviewed (or now): once
-- per unit, so a later run in another quarter adds none.
WITH clock (ms, q0) AS (
  SELECT unixepoch('now') * 1000,
    date('now', '+7 hours', 'start of month', printf('-%d months', (CAST(strftime('%m', 'now', '+7 hours') AS INTEGER) - 1) % 3))
),
reviews (unit_id, quarter, day, state, comment) AS (VALUES
  ('phuong-hanh-thong', -1, 3, 'da_duyet', 'Đã công khai đầy đủ, đúng hạn các thủ tục đã kiểm tra trong quý'),
  ('phuong-go-vap', -1, 3, 'can_bo_sung', 'Thủ tục chứng thực bản sao chưa niêm yết tại bộ phận một cửa'),
  ('thcs-truong-son', 0, 8, 'can_bo_sung', 'Thủ tục tuyển sinh (3.000182) chưa cập nhật theo quyết định công bố mới, cần bổ sung trước khi chốt báo cáo quý')
),
keyed AS (SELECT r.*, date(clock.q0, printf('%d months', 3 * r.quarter)) AS first_day FROM reviews r, clock)
INSERT OR IGNORE INTO review (unit_id, period, state, comment, reviewer_id, reviewed_at)
SELECT k.unit_id, strftime('%Y', k.first_day) || '-Q' || ((CAST(strftime('%m', k.first_day) AS INTEGER) + 2) / 3),
  k.state, k.comment, a.id,
  min((unixepoch(date(clock.q0, printf('+%d days', k.day))) + 3 * 3600) * 1000, clock.ms)
FROM keyed k JOIN account a ON a.username = 'raosoat', clock
WHERE NOT EXISTS (SELECT 1 FROM review x WHERE x.unit_id = k.unit_id);

-- The reviewer's comments per item, added with the review: only to the demo review (told by its
-- comment) and only while it has none.
WITH demo (unit_id, comment) AS (VALUES
  ('phuong-go-vap', 'Thủ tục chứng thực bản sao chưa niêm yết tại bộ phận một cửa'),
  ('thcs-truong-son', 'Thủ tục tuyển sinh (3.000182) chưa cập nhật theo quyết định công bố mới, cần bổ sung trước khi chốt báo cáo quý')
),
comments (unit_id, subject, item_id, comment) AS (VALUES
  ('phuong-go-vap', '2.000815', 'P06', 'Chụp ảnh bản niêm yết tại bộ phận một cửa khi đã treo'),
  ('thcs-truong-son', '3.000182', 'P20', 'Ghi rõ mức dịch vụ công trực tuyến (toàn trình hay một phần) và liên kết nộp hồ sơ'),
  ('thcs-truong-son', '3.000182', 'P23', 'Cập nhật bản niêm yết theo quyết định công bố mới và ghi ngày cập nhật'),
  ('thcs-truong-son', '_unit', 'U04', 'Trang web của trường chưa đăng địa chỉ tiếp nhận phản ánh, kiến nghị')
)
INSERT OR IGNORE INTO review_comment (unit_id, period, subject, item_id, comment)
SELECT c.unit_id, r.period, c.subject, c.item_id, c.comment
FROM comments c JOIN demo d ON d.unit_id = c.unit_id
  JOIN review r ON r.unit_id = c.unit_id AND r.comment = d.comment
WHERE NOT EXISTS (SELECT 1 FROM review_comment x WHERE x.unit_id = r.unit_id AND x.period = r.period);

-- Enrolment codes, re-armed on every run (none used, not revoked, expiring 2100-01-01), each good
-- for 3 devices (two browser profiles of one unit, and one more). Only SHA-256 hex of the
-- upper-case code is stored: DEMO-TRUONGSON -> thcs-truong-son, DEMO-GOVAP -> phuong-go-vap.
INSERT INTO enrol_code (code_hash, unit_id, role, expires_at, used_at, device_id, created_at, max_devices, enrolled) VALUES
  ('60de199aff5deb1ee9256daa38c641b6604e407143008083af7a0f50e1224199', 'thcs-truong-son', 'editor', 4102444800000, NULL, NULL, 1751328000000, 3, 0),
  ('29f0cc71a872242819c7dba22b1ae658ca734af5f72c08a1fe5284b47f3cce48', 'phuong-go-vap', 'editor', 4102444800000, NULL, NULL, 1751328000000, 3, 0)
ON CONFLICT (code_hash) DO UPDATE SET unit_id = excluded.unit_id, role = excluded.role,
  expires_at = excluded.expires_at, used_at = NULL, device_id = NULL, max_devices = excluded.max_devices,
  enrolled = 0, revoked_at = NULL;

-- Dashboard figures, recomputed for every unit with the rules of worker/db/refresh-unit-summary.ts:
-- per procedure, the P-items answered and met (dat or khong_ap_dung); per unit, the assigned
-- procedures whose 23 P-items are all met.
INSERT INTO procedure_summary (unit_id, subject, answered, met)
SELECT unit_id, subject,
  count(*) FILTER (WHERE fields ->> '$.status' IS NOT NULL),
  count(*) FILTER (WHERE fields ->> '$.status' IN ('dat', 'khong_ap_dung'))
FROM answer
WHERE subject <> '_unit' AND item_id GLOB 'P[0-9][0-9]'
GROUP BY unit_id, subject
ON CONFLICT (unit_id, subject) DO UPDATE SET answered = excluded.answered, met = excluded.met;

-- The unit items' summary (subject _unit), every summary's item bits and last check, and a history
-- row dated the day of that check (worker/migrations/0006_dashboard.sql): what a period reads.
INSERT INTO procedure_summary (unit_id, subject, answered, met)
SELECT unit_id, '_unit', count(*) FILTER (WHERE fields ->> '$.status' IS NOT NULL),
  count(*) FILTER (WHERE fields ->> '$.status' IN ('dat', 'khong_ap_dung'))
FROM answer WHERE subject = '_unit' AND item_id GLOB 'U[0-9][0-9]'
GROUP BY unit_id
ON CONFLICT (unit_id, subject) DO UPDATE SET answered = excluded.answered, met = excluded.met;

UPDATE procedure_summary AS s SET
  met_mask = coalesce((SELECT sum(1 << (CAST(substr(a.item_id, 2) AS INTEGER) - 1)) FROM answer a
    WHERE a.unit_id = s.unit_id AND a.subject = s.subject AND a.fields ->> '$.status' IN ('dat', 'khong_ap_dung')), 0),
  fail_mask = coalesce((SELECT sum(1 << (CAST(substr(a.item_id, 2) AS INTEGER) - 1)) FROM answer a
    WHERE a.unit_id = s.unit_id AND a.subject = s.subject AND a.fields ->> '$.status' = 'chua_dat'), 0),
  checked_at = (SELECT max(a.fields ->> '$.checkedAt') FROM answer a WHERE a.unit_id = s.unit_id AND a.subject = s.subject);

INSERT OR IGNORE INTO procedure_history (unit_id, subject, day, answered, met_mask, fail_mask, checked_at)
SELECT unit_id, subject, date(coalesce(checked_at, 0) / 1000 + 7 * 3600, 'unixepoch'), answered, met_mask,
  fail_mask, checked_at
FROM procedure_summary;

-- Each unit's totals for every day of its history (worker/migrations/0007_unit_history.sql), as the
-- pushes write them (worker/db/unit-history-sql.ts): the overview reads one row per unit.
INSERT OR REPLACE INTO unit_history (unit_id, day, procedures, started, complete, office, website, content, failing, last_check, items, unit_met, unit_fail, unit_check)
SELECT d.unit_id, d.day,
  count(a.procedure_key),
  count(*) FILTER (WHERE l.answered > 0),
  count(*) FILTER (WHERE l.met_mask & 8388607 = 8388607),
  count(*) FILTER (WHERE l.met_mask & 32 <> 0),
  count(*) FILTER (WHERE l.met_mask & 16 <> 0),
  count(*) FILTER (WHERE l.met_mask & 2097024 = 2097024),
  count(*) FILTER (WHERE l.fail_mask <> 0),
  max(l.checked_at),
  json_array(coalesce(sum((l.met_mask >> 0) & 1), 0), coalesce(sum((l.met_mask >> 1) & 1), 0), coalesce(sum((l.met_mask >> 2) & 1), 0), coalesce(sum((l.met_mask >> 3) & 1), 0), coalesce(sum((l.met_mask >> 4) & 1), 0), coalesce(sum((l.met_mask >> 5) & 1), 0), coalesce(sum((l.met_mask >> 6) & 1), 0), coalesce(sum((l.met_mask >> 7) & 1), 0), coalesce(sum((l.met_mask >> 8) & 1), 0), coalesce(sum((l.met_mask >> 9) & 1), 0), coalesce(sum((l.met_mask >> 10) & 1), 0), coalesce(sum((l.met_mask >> 11) & 1), 0), coalesce(sum((l.met_mask >> 12) & 1), 0), coalesce(sum((l.met_mask >> 13) & 1), 0), coalesce(sum((l.met_mask >> 14) & 1), 0), coalesce(sum((l.met_mask >> 15) & 1), 0), coalesce(sum((l.met_mask >> 16) & 1), 0), coalesce(sum((l.met_mask >> 17) & 1), 0), coalesce(sum((l.met_mask >> 18) & 1), 0), coalesce(sum((l.met_mask >> 19) & 1), 0), coalesce(sum((l.met_mask >> 20) & 1), 0), coalesce(sum((l.met_mask >> 21) & 1), 0), coalesce(sum((l.met_mask >> 22) & 1), 0), coalesce(sum((l.fail_mask >> 0) & 1), 0), coalesce(sum((l.fail_mask >> 1) & 1), 0), coalesce(sum((l.fail_mask >> 2) & 1), 0), coalesce(sum((l.fail_mask >> 3) & 1), 0), coalesce(sum((l.fail_mask >> 4) & 1), 0), coalesce(sum((l.fail_mask >> 5) & 1), 0), coalesce(sum((l.fail_mask >> 6) & 1), 0), coalesce(sum((l.fail_mask >> 7) & 1), 0), coalesce(sum((l.fail_mask >> 8) & 1), 0), coalesce(sum((l.fail_mask >> 9) & 1), 0), coalesce(sum((l.fail_mask >> 10) & 1), 0), coalesce(sum((l.fail_mask >> 11) & 1), 0), coalesce(sum((l.fail_mask >> 12) & 1), 0), coalesce(sum((l.fail_mask >> 13) & 1), 0), coalesce(sum((l.fail_mask >> 14) & 1), 0), coalesce(sum((l.fail_mask >> 15) & 1), 0), coalesce(sum((l.fail_mask >> 16) & 1), 0), coalesce(sum((l.fail_mask >> 17) & 1), 0), coalesce(sum((l.fail_mask >> 18) & 1), 0), coalesce(sum((l.fail_mask >> 19) & 1), 0), coalesce(sum((l.fail_mask >> 20) & 1), 0), coalesce(sum((l.fail_mask >> 21) & 1), 0), coalesce(sum((l.fail_mask >> 22) & 1), 0)),
  u.met_mask, u.fail_mask, u.checked_at
FROM (SELECT DISTINCT unit_id, day FROM procedure_history) d
LEFT JOIN assignment a ON a.unit_id = d.unit_id
LEFT JOIN procedure_history l ON l.unit_id = a.unit_id AND l.subject = a.procedure_key
  AND l.day = (SELECT max(day) FROM procedure_history
    WHERE unit_id = a.unit_id AND subject = a.procedure_key AND day <= d.day)
LEFT JOIN procedure_history u ON u.unit_id = d.unit_id AND u.subject = '_unit'
  AND u.day = (SELECT max(day) FROM procedure_history
    WHERE unit_id = d.unit_id AND subject = '_unit' AND day <= d.day)
GROUP BY d.unit_id, d.day;


-- A unit's last sync is its latest write that reached the server (a unit never synced keeps NULL);
-- a later real sync is kept.
INSERT INTO unit_summary (unit_id, procedures, complete, last_sync_at)
SELECT u.id,
  (SELECT count(*) FROM assignment WHERE unit_id = u.id),
  (SELECT count(*) FROM assignment a JOIN procedure_summary p
     ON p.unit_id = a.unit_id AND p.subject = a.procedure_key
   WHERE a.unit_id = u.id AND p.met = 23),
  (SELECT max(at) FROM (SELECT max(created_at) AS at FROM change_log WHERE unit_id = u.id
     UNION ALL SELECT max(updated_at) FROM answer WHERE unit_id = u.id))
FROM org_unit u WHERE u.kind <> 'cluster'
ON CONFLICT (unit_id) DO UPDATE SET procedures = excluded.procedures, complete = excluded.complete,
  last_sync_at = max(coalesce(unit_summary.last_sync_at, excluded.last_sync_at),
    coalesce(excluded.last_sync_at, unit_summary.last_sync_at));
