import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import PouchDB from 'pouchdb';
import memory from 'pouchdb-adapter-memory';
import { TEMPLATE_VERSION } from '../../shared/checklist/checklist-items.ts';
import { MAX_PUSH_MUTATIONS } from '../../shared/sync/protocol.ts';
import type { BenchRecord } from './sync-records.ts';

/** What the PouchDB baseline measured; times in milliseconds. */
export interface PouchSyncResult {
  docs: number;
  saveMs: number;
  replicateMs: number;
  batchMs: number[];
}

const SERVER = fileURLToPath(new URL('./pouchdb-server.ts', import.meta.url));

/** Starts test/bench/pouchdb-server.ts as its own process; resolves once it listens. */
async function startPouchServer(port: number) {
  const child = spawn(process.execPath, [SERVER, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`pouchdb server exited with code ${code}`)));
    child.stdout.on('data', (data: Buffer) => {
      if (String(data).includes('listening')) resolve();
    });
  });
  child.removeAllListeners('exit');
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * Peer baseline: the same records written one by one into a local PouchDB (memory adapter, as
 * fake-indexeddb is in memory for CongKhai's client), then replicated by PouchDB's own protocol
 * to pouchdb-server's core (express-pouchdb, in memory, its own process), in batches of MAX_PUSH_MUTATIONS like
 * CongKhai's pushes. A batch's time runs from one replication checkpoint to the next.
 */
export async function benchSyncPouchDb(port: number, records: BenchRecord[]): Promise<PouchSyncResult> {
  PouchDB.plugin(memory);
  const Local = PouchDB.defaults({ adapter: 'memory' });
  const server = await startPouchServer(port);
  const local = new Local(`bench-${randomUUID()}`);
  try {
    const saveStart = performance.now();
    const now = Date.now();
    for (const record of records)
      await local.put({
        _id: `${record.subject}/${record.itemId}`,
        unitId: 'bench-push',
        subject: record.subject,
        itemId: record.itemId,
        fields: { ...record.fields, checkedBy: 'Máy đo', checkedAt: now, templateVersion: TEMPLATE_VERSION },
      });
    const saveMs = performance.now() - saveStart;
    // A plain PouchDB for the URL: `Local` would make a memory database named like the URL.
    const remote = new PouchDB(`${server.url}/congkhai-bench`);
    const marks: number[] = [];
    const start = performance.now();
    const result = await local.replicate
      .to(remote, { batch_size: MAX_PUSH_MUTATIONS })
      .on('change', () => marks.push(performance.now()));
    const end = performance.now();
    const { doc_count } = await remote.info();
    if (!result.ok || result.docs_written !== records.length || doc_count !== records.length)
      throw new Error(`PouchDB replicated ${result.docs_written}, server holds ${doc_count}`);
    const bounds = [start, ...marks];
    await remote.close();
    return {
      docs: records.length,
      saveMs,
      replicateMs: end - start,
      batchMs: marks.map((mark, k) => mark - bounds[k]!),
    };
  } finally {
    await local.destroy();
    await server.stop();
  }
}
