import { HealthResponseSchema } from '../../shared/sync/protocol.ts';
import { callServer, type FetchLike } from './call-server.ts';
import { ServerError } from './server-error.ts';

export type ServerCheck = 'congkhai' | 'not-congkhai' | 'unreachable';

/**
 * "Kiểm tra kết nối": whether a CongKhai server answers at `serverUrl` (its health route), some
 * other server does, or nothing can be reached there.
 */
export async function checkServer(fetch: FetchLike, serverUrl: string): Promise<ServerCheck> {
  const url = serverUrl.trim().replace(/\/+$/, '');
  try {
    await callServer({ url, token: null, fetch }, '/api/v1/health', HealthResponseSchema);
    return 'congkhai';
  } catch (error) {
    if (error instanceof ServerError && error.code !== 'network') return 'not-congkhai';
    // Nothing answered, or the address is not one (`new Request` throws).
    return 'unreachable';
  }
}
