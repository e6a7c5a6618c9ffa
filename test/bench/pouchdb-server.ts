/**
 * The PouchDB baseline's server, run as its own process by test/bench/sync-pouchdb.ts (as
 * `wrangler dev` is for CongKhai): express-pouchdb, the core of pouchdb-server, with every
 * database in memory. Prints `listening` once it accepts requests. Bench only.
 */
import { createServer } from 'node:http';
import expressPouchdb from 'express-pouchdb';
import PouchDB from 'pouchdb';
import memory from 'pouchdb-adapter-memory';

PouchDB.plugin(memory);
const port = Number(process.argv[2]);
const app = expressPouchdb(PouchDB.defaults({ adapter: 'memory' }), { mode: 'minimumForPouchDB' });
createServer(app).listen(port, '127.0.0.1', () => console.log('listening'));
