-- DEMO DATA ONLY: the units, assignments, answers and enrolment codes below exist to try CongKhai
-- locally (`npm start`) and for the end-to-end test. Never load this into a production database.
--
-- Idempotent: every statement is INSERT OR IGNORE or an upsert, so a second run neither fails nor
-- duplicates; answers already present are left alone (a real edit is never overwritten by the seed).
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

-- Demo answers, so the dashboard is not all zero. Versions continue the unit's counter
-- (unit_counter is raised after each insert) so devices pull them like any other row; every field is
-- stamped with one old HLC. P-items are P01-P23 (shared/checklist/checklist-items.ts).

-- THCS Trường Sơn: 2.002481 fully published (all 23 P-items dat).
WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 23),
items (item_id, i, status) AS (SELECT printf('P%02d', i), i, 'dat' FROM n)
INSERT OR IGNORE INTO answer (unit_id, subject, item_id, fields, clocks, version, deleted, updated_at)
SELECT 'thcs-truong-son', '2.002481', item_id,
  json_object('status', status, 'checkedBy', 'Dữ liệu mẫu', 'checkedAt', 1751328000000, 'templateVersion', 1),
  json_object('status', '001751328000000:00000:demo-seed', 'checkedBy', '001751328000000:00000:demo-seed', 'checkedAt', '001751328000000:00000:demo-seed', 'templateVersion', '001751328000000:00000:demo-seed'),
  coalesce((SELECT version FROM unit_counter WHERE unit_id = 'thcs-truong-son'), 0) + i, 0, 1751328000000
FROM items WHERE status IS NOT NULL;
INSERT INTO unit_counter (unit_id, version) SELECT 'thcs-truong-son', max(version) FROM answer WHERE unit_id = 'thcs-truong-son'
ON CONFLICT (unit_id) DO UPDATE SET version = max(unit_counter.version, excluded.version);

-- Phường Gò Vấp: 2.000815 all dat EXCEPT P06 (no answer); answering P06 dat completes it (e2e test).
WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 23),
items (item_id, i, status) AS (SELECT printf('P%02d', i), i, CASE WHEN i = 6 THEN NULL ELSE 'dat' END FROM n)
INSERT OR IGNORE INTO answer (unit_id, subject, item_id, fields, clocks, version, deleted, updated_at)
SELECT 'phuong-go-vap', '2.000815', item_id,
  json_object('status', status, 'checkedBy', 'Dữ liệu mẫu', 'checkedAt', 1751328000000, 'templateVersion', 1),
  json_object('status', '001751328000000:00000:demo-seed', 'checkedBy', '001751328000000:00000:demo-seed', 'checkedAt', '001751328000000:00000:demo-seed', 'templateVersion', '001751328000000:00000:demo-seed'),
  coalesce((SELECT version FROM unit_counter WHERE unit_id = 'phuong-go-vap'), 0) + i, 0, 1751328000000
FROM items WHERE status IS NOT NULL;
INSERT INTO unit_counter (unit_id, version) SELECT 'phuong-go-vap', max(version) FROM answer WHERE unit_id = 'phuong-go-vap'
ON CONFLICT (unit_id) DO UPDATE SET version = max(unit_counter.version, excluded.version);

-- Phường Hạnh Thông: 1.001193 complete, P21 (public post) not applicable.
WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 23),
items (item_id, i, status) AS (SELECT printf('P%02d', i), i, CASE WHEN i = 21 THEN 'khong_ap_dung' ELSE 'dat' END FROM n)
INSERT OR IGNORE INTO answer (unit_id, subject, item_id, fields, clocks, version, deleted, updated_at)
SELECT 'phuong-hanh-thong', '1.001193', item_id,
  json_object('status', status, 'checkedBy', 'Dữ liệu mẫu', 'checkedAt', 1751328000000, 'templateVersion', 1),
  json_object('status', '001751328000000:00000:demo-seed', 'checkedBy', '001751328000000:00000:demo-seed', 'checkedAt', '001751328000000:00000:demo-seed', 'templateVersion', '001751328000000:00000:demo-seed'),
  coalesce((SELECT version FROM unit_counter WHERE unit_id = 'phuong-hanh-thong'), 0) + i, 0, 1751328000000
FROM items WHERE status IS NOT NULL;
INSERT INTO unit_counter (unit_id, version) SELECT 'phuong-hanh-thong', max(version) FROM answer WHERE unit_id = 'phuong-hanh-thong'
ON CONFLICT (unit_id) DO UPDATE SET version = max(unit_counter.version, excluded.version);

-- THCS Nguyễn Du: 3.000182 not complete: P04 (city portal) not met, P20-P23 not checked yet.
WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 23),
items (item_id, i, status) AS (SELECT printf('P%02d', i), i, CASE WHEN i = 4 THEN 'chua_dat' WHEN i >= 20 THEN NULL ELSE 'dat' END FROM n)
INSERT OR IGNORE INTO answer (unit_id, subject, item_id, fields, clocks, version, deleted, updated_at)
SELECT 'thcs-nguyen-du', '3.000182', item_id,
  json_object('status', status, 'checkedBy', 'Dữ liệu mẫu', 'checkedAt', 1751328000000, 'templateVersion', 1),
  json_object('status', '001751328000000:00000:demo-seed', 'checkedBy', '001751328000000:00000:demo-seed', 'checkedAt', '001751328000000:00000:demo-seed', 'templateVersion', '001751328000000:00000:demo-seed'),
  coalesce((SELECT version FROM unit_counter WHERE unit_id = 'thcs-nguyen-du'), 0) + i, 0, 1751328000000
FROM items WHERE status IS NOT NULL;
INSERT INTO unit_counter (unit_id, version) SELECT 'thcs-nguyen-du', max(version) FROM answer WHERE unit_id = 'thcs-nguyen-du'
ON CONFLICT (unit_id) DO UPDATE SET version = max(unit_counter.version, excluded.version);

-- THCS Trường Sơn: unit items U01-U03 met.
WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3),
items (item_id, i, status) AS (SELECT printf('U%02d', i), i, 'dat' FROM n)
INSERT OR IGNORE INTO answer (unit_id, subject, item_id, fields, clocks, version, deleted, updated_at)
SELECT 'thcs-truong-son', '_unit', item_id,
  json_object('status', status, 'checkedBy', 'Dữ liệu mẫu', 'checkedAt', 1751328000000, 'templateVersion', 1),
  json_object('status', '001751328000000:00000:demo-seed', 'checkedBy', '001751328000000:00000:demo-seed', 'checkedAt', '001751328000000:00000:demo-seed', 'templateVersion', '001751328000000:00000:demo-seed'),
  coalesce((SELECT version FROM unit_counter WHERE unit_id = 'thcs-truong-son'), 0) + i, 0, 1751328000000
FROM items WHERE status IS NOT NULL;
INSERT INTO unit_counter (unit_id, version) SELECT 'thcs-truong-son', max(version) FROM answer WHERE unit_id = 'thcs-truong-son'
ON CONFLICT (unit_id) DO UPDATE SET version = max(unit_counter.version, excluded.version);

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
-- procedures whose 23 P-items are all met. last_sync_at is kept.
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

INSERT INTO unit_summary (unit_id, procedures, complete, last_sync_at)
SELECT u.id,
  (SELECT count(*) FROM assignment WHERE unit_id = u.id),
  (SELECT count(*) FROM assignment a JOIN procedure_summary p
     ON p.unit_id = a.unit_id AND p.subject = a.procedure_key
   WHERE a.unit_id = u.id AND p.met = 23),
  NULL
FROM org_unit u WHERE u.kind <> 'cluster'
ON CONFLICT (unit_id) DO UPDATE SET procedures = excluded.procedures, complete = excluded.complete;
