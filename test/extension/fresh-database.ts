import { type CongKhaiDatabase, createDatabase } from '../../extension/db/database.ts';

/** A database no other test touches. */
export const freshDatabase = (): CongKhaiDatabase => createDatabase(`test-${crypto.randomUUID()}`);
