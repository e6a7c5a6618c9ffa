import { PART_SECTIONS } from '../procedure/part-sections.ts';
import { parseProcedureCode } from '../procedure/procedure-code.ts';
import type { Excerpt, PartKey, ProcedureFacts } from '../procedure/procedure-facts.ts';
import { UnreadablePageError } from './unreadable-page-error.ts';

/**
 * Adapter for the national portal's procedure JSON
 * (`POST /api/v1/configuring/formality/get-formality-by-citizen`, docs/product.md §3).
 * Pure: the response body in, {@link ProcedureFacts} out. Throws {@link UnreadablePageError}
 * when the body is not such a response.
 */
export function portalJsonToFacts(body: unknown, url: string): ProcedureFacts {
  if (!isRecord(body) || body.code !== 'OK' || !isRecord(body.data)) {
    throw new UnreadablePageError({
      vi: 'Phản hồi của Cổng DVC không có dữ liệu thủ tục.',
      en: "The portal's answer holds no procedure data.",
    });
  }
  const d = body.data;
  if (typeof d.code !== 'string' && typeof d.name !== 'string') {
    throw new UnreadablePageError({
      vi: 'Phản hồi của Cổng DVC không có mã hay tên thủ tục.',
      en: "The portal's answer holds neither a procedure code nor a name.",
    });
  }
  const parts: Partial<Record<PartKey, Excerpt[]>> = {};
  parts.name = texts([[d.name, 'data.name']]);
  parts.steps = list(d.executionSteps, 'data.executionSteps', (s) => join(s.name, s.description));
  parts.methods = list(
    d.executionMethods,
    'data.executionMethods',
    (m) => METHOD_LABELS[String(m.submissionMethod)] ?? str(m.submissionMethod),
  );
  parts.dossier = (Array.isArray(d.executionCases) ? d.executionCases : []).flatMap((c, i) =>
    list(isRecord(c) ? c.profileComponents : [], `data.executionCases[${i}].profileComponents`, (p) =>
      join(str(p.name), quantity(p)),
    ),
  );
  parts.processingTime = [
    ...list(d.cases, 'data.cases', (c) => duration(c.processingDay)),
    ...list(d.executionMethods, 'data.executionMethods', (m) =>
      typeof m.processingTime === 'number' && m.processingTime > 0 && m.processingTimeUnit !== 'OTHER'
        ? `${m.processingTime} ${UNIT_LABELS[String(m.processingTimeUnit)] ?? str(m.processingTimeUnit)}`
        : '',
    ),
  ];
  parts.subjects = list(d.subjectTypesDetails, 'data.subjectTypesDetails', (s) => str(s.name));
  parts.agencies = [
    ...texts([[d.executingAgencies, 'data.executingAgencies']]),
    ...list(d.departmentsExecuting, 'data.departmentsExecuting', (a) => str(a.name)),
    ...list(d.unitGroupsExecuting, 'data.unitGroupsExecuting', (a) => str(a.name)),
  ];
  parts.receivingAddress = texts([[d.dossierReceivingAddresses, 'data.dossierReceivingAddresses']]);
  parts.results = list(d.resultsDetails, 'data.resultsDetails', (r) => str(r.name));
  parts.legalBasis = list(
    d.legalBasisesDetails,
    'data.legalBasisesDetails',
    (l) => str(l.name).replace(/\s+/g, ' ') || str(l.code),
  );
  parts.requirements = texts([[d.requirementsAndConditions, 'data.requirementsAndConditions']]);
  parts.fees = (Array.isArray(d.executionMethods) ? d.executionMethods : []).flatMap((m, i) => [
    ...list(isRecord(m) ? m.fees : [], `data.executionMethods[${i}].fees`, fee),
    // The amounts are often written only in the method's description ("2.000 đồng/trang").
    ...(isRecord(m) && FEE_WORDS.test(str(m.description))
      ? [{ text: str(m.description), at: `data.executionMethods[${i}].description` }]
      : []),
  ]);
  parts.onlineService =
    typeof d.isFullProcess === 'boolean' && hasOnline(d.executionMethods)
      ? [
          {
            text: d.isFullProcess ? 'Dịch vụ công trực tuyến toàn trình' : 'Dịch vụ công trực tuyến một phần',
            at: 'data.isFullProcess',
          },
        ]
      : [];
  parts.forms = (Array.isArray(d.executionCases) ? d.executionCases : []).flatMap((c, i) =>
    (isRecord(c) && Array.isArray(c.profileComponents) ? c.profileComponents : []).flatMap((p, j) =>
      list(
        isRecord(p) ? p.attachments : [],
        `data.executionCases[${i}].profileComponents[${j}].attachments`,
        (a) => str(a.name ?? a.fileName),
      ),
    ),
  );
  for (const key of Object.keys(parts) as PartKey[]) {
    // The JSON has no headings: an excerpt is named after the heading the SPA prints for its part.
    const section = PART_SECTIONS[key];
    parts[key] = parts[key]?.filter((e) => e.text !== '').map((e) => ({ ...e, section }));
  }

  const proposal = isRecord(d.procedureProposal) ? d.procedureProposal : {};
  const code = typeof d.code === 'string' ? (parseProcedureCode(d.code)?.base ?? null) : null;
  return {
    source: { kind: 'portal-json', url },
    code,
    name: typeof d.name === 'string' && d.name.trim() ? d.name.trim() : null,
    state: d.state === 'ABOLISHED' || d.state === 'CANCELLED' ? 'abolished' : d.state ? 'active' : 'unknown',
    decisionNumber: str(proposal.proposalNumber) || str(d.decisionNo) || null,
    decisionDate: typeof proposal.decisionDate === 'number' ? proposal.decisionDate : null,
    updatedAt: typeof d.updatedAt === 'number' ? d.updatedAt : null,
    parts,
  };
}

const METHOD_LABELS: Record<string, string> = {
  DIRECT: 'Trực tiếp',
  ONLINE: 'Trực tuyến',
  POSTAL: 'Dịch vụ bưu chính',
};
const FEE_WORDS = /phí|đồng|miễn|usd/i;

const hasOnline = (methods: unknown): boolean =>
  Array.isArray(methods) && methods.some((m) => isRecord(m) && m.submissionMethod === 'ONLINE');

const UNIT_LABELS: Record<string, string> = {
  WORKING_DAY: 'ngày làm việc',
  DAY: 'ngày',
  HOUR: 'giờ',
  MONTH: 'tháng',
};

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const str = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

const join = (...values: unknown[]): string => values.map(str).filter(Boolean).join(' — ');

function texts(pairs: [unknown, string][]): Excerpt[] {
  return pairs.map(([value, at]) => ({ text: str(value), at }));
}

function list(value: unknown, at: string, read: (item: Json) => string): Excerpt[] {
  if (!Array.isArray(value)) return [];
  return value.map((item, i) => ({ text: isRecord(item) ? read(item) : str(item), at: `${at}[${i}]` }));
}

function quantity(p: Json): string {
  const parts = [];
  if (typeof p.originalQty === 'number') parts.push(`bản chính: ${p.originalQty}`);
  if (typeof p.copyQty === 'number') parts.push(`bản sao: ${p.copyQty}`);
  return parts.join(', ');
}

function duration(value: unknown): string {
  if (!isRecord(value) || typeof value.qty !== 'number' || value.qty <= 0) return '';
  return `${value.qty} ${UNIT_LABELS[String(value.type)] ?? str(value.type)}`;
}

function fee(f: Json): string {
  const amount = typeof f.value === 'number' ? f.value : null;
  if (amount === 0) return 'Không thu phí (0 đồng)';
  if (amount === null) return str(f.description);
  return [amount.toLocaleString('vi-VN'), str(f.currencyName) || 'đồng', str(f.description)]
    .filter(Boolean)
    .join(' ');
}
