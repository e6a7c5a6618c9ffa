import type { ClusterSetting } from './find-cluster-setting.ts';

/**
 * A cluster's report settings, as a statement for the batch that also writes its audit entry:
 * the first save creates the row, later ones change it.
 */
export const writeClusterSetting = (
  db: D1Database,
  clusterId: string,
  setting: ClusterSetting,
): D1PreparedStatement =>
  db
    .prepare(
      `INSERT INTO cluster_setting (cluster_id, cutoff_day, recheck_months) VALUES (?1, ?2, ?3)
       ON CONFLICT (cluster_id) DO UPDATE SET cutoff_day = excluded.cutoff_day, recheck_months = excluded.recheck_months`,
    )
    .bind(clusterId, setting.cutoffDay, setting.recheckMonths);
