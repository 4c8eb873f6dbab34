// npm run build:server: compiles server/, migrations/ and seeds/ into dist/ (what `npm start` and the image run).
import { buildServer } from './server-build';

const started = Date.now();
try {
  buildServer();
  console.log(`Built the server into dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
