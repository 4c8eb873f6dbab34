import { openDatabase } from './server/db/database';
import { migrateToLatest } from './server/db/migrate';
(async () => {
  let t = Date.now();
  const h = await openDatabase({ dataDir: 'memory://' });
  await migrateToLatest(h.db);
  console.log('fresh+migrate', Date.now() - t);
  const { PGlite } = require('@electric-sql/pglite');
  // access underlying? use a new instance to dump instead
  await h.close();
  t = Date.now();
  const p = await PGlite.create({ dataDir: 'memory://', extensions: {} });
  const dump = await p.dumpDataDir('gzip');
  console.log('dump', Date.now() - t, dump.size);
  t = Date.now();
  const h2 = await openDatabase({ dataDir: 'memory://', loadDataDir: dump });
  console.log('load', Date.now() - t);
})();
