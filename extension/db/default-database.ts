import { createDatabase } from './database.ts';

/** The database every extension page and the background share (one per extension origin). */
export const db = createDatabase('congkhai');
