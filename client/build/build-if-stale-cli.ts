// `npm start` runs this first: builds the client (client/dist) and the server (dist/) when missing or older than their sources.
import { ensureClientBuild } from './client-build';
import { ensureServerBuild } from '../../build/server-build';

async function main(): Promise<void> {
  for (const [what, ensure] of [
    ['the map client', ensureClientBuild],
    ['the server', ensureServerBuild],
  ] as const) {
    const started = Date.now();
    const reason = await ensure();
    if (reason !== null) console.log(`Built ${what} (${reason}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
