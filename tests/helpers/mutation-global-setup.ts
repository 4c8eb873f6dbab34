// Global setup for `npm run test:mutation` (stryker.config.mjs): the jest runner starts jest once per mutant in the
// same process, so the migrated template is made once per process and removed when the process ends.
import { rmSync } from 'node:fs';
import globalSetup from './global-setup';

export default async function mutationGlobalSetup(): Promise<void> {
  if (process.env.PUENTE_TEST_PGLITE_DUMP || process.env.PUENTE_TEST_TEMPLATE) return;
  await globalSetup();
  const dump = process.env.PUENTE_TEST_PGLITE_DUMP;
  if (dump) process.on('exit', () => rmSync(dump, { force: true }));
}
