import type { UnitOverview } from '../db/list-cluster-units.ts';
import { formatCompletion } from './format-completion.ts';
import { formatSyncTime } from './format-sync-time.ts';

const KIND_LABELS: Record<UnitOverview['kind'], string> = { ward: 'Phường', school: 'Trường' };

/** One row per unit; `data-unit` / `data-col` are stable hooks for end-to-end tests. */
export function UnitsTable({ units }: { units: UnitOverview[] }) {
  const procedures = units.reduce((sum, unit) => sum + unit.procedures, 0);
  const complete = units.reduce((sum, unit) => sum + unit.complete, 0);
  return (
    <table>
      <caption>Tình hình công khai thủ tục hành chính theo đơn vị</caption>
      <thead>
        <tr>
          <th scope="col">Đơn vị</th>
          <th scope="col">Loại</th>
          <th scope="col" class="num">
            Thủ tục được giao
          </th>
          <th scope="col" class="num">
            Công khai đầy đủ
          </th>
          <th scope="col">Đồng bộ gần nhất</th>
        </tr>
      </thead>
      <tbody>
        {units.map((unit) => (
          <tr key={unit.id} data-unit={unit.id}>
            <th scope="row">{unit.name}</th>
            <td>{KIND_LABELS[unit.kind]}</td>
            <td class="num" data-col="procedures">
              {unit.procedures}
            </td>
            <td class="num" data-col="complete">
              {formatCompletion(unit.complete, unit.procedures)}
            </td>
            <td data-col="last-sync">
              {unit.lastSyncAt === null ? (
                formatSyncTime(null)
              ) : (
                <time dateTime={new Date(unit.lastSyncAt).toISOString()}>
                  {formatSyncTime(unit.lastSyncAt)}
                </time>
              )}
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Tổng cộng</th>
          <td>{units.length} đơn vị</td>
          <td class="num">{procedures}</td>
          <td class="num">{formatCompletion(complete, procedures)}</td>
          <td />
        </tr>
      </tfoot>
    </table>
  );
}
