import { CatalogueResponseSchema } from '../../shared/sync/protocol.ts';
import type { CongKhaiDatabase } from '../db/database.ts';
import { replaceCatalogue } from '../db/replace-catalogue.ts';
import { callServer, type Server } from './call-server.ts';

/** Fetches the procedures assigned to the enrolled unit and stores them. */
export async function refreshCatalogue(db: CongKhaiDatabase, server: Server): Promise<void> {
  await replaceCatalogue(db, await callServer(server, '/api/v1/catalogue', CatalogueResponseSchema));
}
