import type { UnitOverview } from '../db/list-cluster-units.ts';
import type { Cluster } from '../db/list-clusters.ts';
import { PageLayout } from './page-layout.tsx';
import { UnitsTable } from './units-table.tsx';

export interface ClusterPageProps {
  cluster: Cluster;
  clusters: Cluster[];
  units: UnitOverview[];
}

/** The cluster overview: one row per ward and school. Filters are query strings (plain GET form). */
export function ClusterPage({ cluster, clusters, units }: ClusterPageProps) {
  return (
    <PageLayout title={cluster.name}>
      <h1>Công khai thủ tục hành chính – {cluster.name}</h1>
      {clusters.length > 1 && (
        <form method="get" action="/">
          <label for="cluster">Khu vực</label>
          <select id="cluster" name="cluster">
            {clusters.map((option) => (
              <option key={option.id} value={option.id} selected={option.id === cluster.id}>
                {option.name}
              </option>
            ))}
          </select>
          <button type="submit">Xem</button>
        </form>
      )}
      <p class="note">
        "Công khai đầy đủ": mọi tiêu chí P01–P23 của thủ tục đạt hoặc không áp dụng. Số liệu do các đơn vị tự
        kiểm tra, không phải điểm chính thức theo Quyết định 766/QĐ-TTg.
      </p>
      {units.length === 0 ? <p>Khu vực này chưa có đơn vị nào.</p> : <UnitsTable units={units} />}
    </PageLayout>
  );
}
