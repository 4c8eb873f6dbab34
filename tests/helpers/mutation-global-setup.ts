// Global setup for `npm run test:mutation` (stryker.config.mjs): the jest runner starts jest once per mutant in the
// same process, so the migrated template is made once per process and removed when the process ends.
import { existsSync, rmSync } from 'node:fs';
import globalSetup from './global-setup';

export default async function mutationGlobalSetup(): Promise<void> {
  const dump = process.env.PUENTE_TEST_PGLITE_DUMP;
  if ((dump && existsSync(dump)) || process.env.PUENTE_TEST_TEMPLATE) return;
  await globalSetup();
  const made = process.env.PUENTE_TEST_PGLITE_DUMP;
  if (made) process.on('exit', () => rmSync(made, { force: true }));
}
