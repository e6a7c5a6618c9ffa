const FORMAT = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Last sync time as people in Ho Chi Minh City read it, whatever zone the worker runs in. */
export const formatSyncTime = (at: number | null): string =>
  at === null ? 'Chưa đồng bộ' : FORMAT.format(new Date(at));
