/**
 * The little of PouchDB 9 and express-pouchdb 4 that the bench's baseline uses (the packages ship
 * no types). Bench only: nothing outside test/bench imports them.
 */
declare module 'pouchdb' {
  interface ReplicationResult {
    ok: boolean;
    docs_written: number;
    doc_write_failures: number;
  }
  interface Replication extends Promise<ReplicationResult> {
    on(event: 'change', listener: (info: { docs_written: number }) => void): Replication;
  }
  interface PouchDatabase {
    put(doc: { _id: string } & Record<string, unknown>): Promise<{ ok: boolean; id: string; rev: string }>;
    info(): Promise<{ doc_count: number; update_seq: number | string }>;
    replicate: { to(target: PouchDatabase, options?: { batch_size?: number }): Replication };
    destroy(): Promise<unknown>;
    close(): Promise<void>;
  }
  interface PouchDBStatic {
    new (name: string, options?: { adapter?: string }): PouchDatabase;
    plugin(plugin: unknown): PouchDBStatic;
    defaults(options: { adapter?: string }): PouchDBStatic;
  }
  const PouchDB: PouchDBStatic;
  export default PouchDB;
}

declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}

declare module 'express-pouchdb' {
  import type { RequestListener } from 'node:http';
  import type PouchDB from 'pouchdb';
  export default function expressPouchdb(
    pouchdb: typeof PouchDB,
    options?: { mode?: 'fullCouchDB' | 'minimumForPouchDB' | 'custom'; inMemoryConfig?: boolean },
  ): RequestListener;
}
