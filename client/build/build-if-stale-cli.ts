// `npm start` runs this first: builds the client when client/dist is missing or older than its sources.
import { ensureClientBuild } from './client-build';

const started = Date.now();
ensureClientBuild()
  .then((reason) => {
    if (reason !== null) console.log(`Built the map client (${reason}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  })
  .catch((err: Error) => {
    console.error(err.message);
    process.exit(1);
  });
