import { CatalogueResponseSchema } from '../../shared/sync/protocol.ts';
import type { CongKhaiDatabase } from '../db/database.ts';
import type { Enrolment } from '../db/read-enrolment.ts';
import { replaceCatalogue } from '../db/replace-catalogue.ts';
import { callServer, type Server } from './call-server.ts';

/** Fetches the procedures assigned to the enrolled unit and stores them (unless the enrolment changed meanwhile). */
export async function refreshCatalogue(
  db: CongKhaiDatabase,
  enrolment: Pick<Enrolment, 'serverUrl' | 'clientId'>,
  server: Server,
  now: () => number = Date.now,
): Promise<void> {
  const catalogue = await callServer(server, '/api/v1/catalogue', CatalogueResponseSchema);
  await replaceCatalogue(db, enrolment, catalogue, now());
}
