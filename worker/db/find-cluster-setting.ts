/** How a cluster reports: its cut-off day (null = calendar months) and its re-check interval. */
export interface ClusterSetting {
  cutoffDay: number | null;
  recheckMonths: number;
}

/** A cluster no admin has configured reports on the calendar and re-checks every quarter. */
export const DEFAULT_SETTING: ClusterSetting = { cutoffDay: null, recheckMonths: 3 };

export async function findClusterSetting(db: D1Database, clusterId: string): Promise<ClusterSetting> {
  const row = await db
    .prepare(
      'SELECT cutoff_day AS cutoffDay, recheck_months AS recheckMonths FROM cluster_setting WHERE cluster_id = ?1',
    )
    .bind(clusterId)
    .first<ClusterSetting>();
  return row ?? DEFAULT_SETTING;
}
