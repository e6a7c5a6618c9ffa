// IndexedDB for Dexie in Node; each test still opens its own database name.
import 'fake-indexeddb/auto';
