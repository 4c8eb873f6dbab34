// `npm run test:mutation`: StrykerJS once per core module of stryker.config.mjs (MUTATION_MODULES picks some), each
// against that module's own tests, then the score of every file (docs/decisions/0067-mutation-testing-with-stryker.md).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { modules } from '../../stryker.config.mjs';

type Report = { files: Record<string, { mutants: Array<{ status: string }> }> };

const chosen = (process.env.MUTATION_MODULES ?? Object.keys(modules).join(',')).split(',').filter(Boolean);
const rows: string[] = [];
let failed = false;
for (const name of chosen) {
  const run = spawnSync('npx', ['stryker', 'run'], {
    stdio: 'inherit',
    env: { ...process.env, MUTATION_MODULES: name },
  });
  if (run.status !== 0) {
    failed = true;
    rows.push(`${name.padEnd(16)} Stryker failed (exit ${run.status}): see the output above`);
    continue;
  }
  const report = JSON.parse(readFileSync(path.join('reports/mutation', `${name}.json`), 'utf8')) as Report;
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const count = (...statuses: string[]) => mutants.filter((m) => statuses.includes(m.status)).length;
    const detected = count('Killed', 'Timeout');
    const valid = mutants.length - count('Ignored', 'CompileError', 'RuntimeError');
    const score = valid === 0 ? 100 : (100 * detected) / valid;
    const line = `${score.toFixed(2).padStart(6)}%  ${String(detected).padStart(4)} of ${String(valid).padEnd(4)}`;
    rows.push(
      `${line} survived ${count('Survived')}, no coverage ${count('NoCoverage')}, ignored ${count('Ignored')}  ${file}`,
    );
  }
}
console.log(`\nMutation score per file (killed or timed out, of the mutants not ignored):\n${rows.join('\n')}`);
process.exit(failed ? 1 : 0);
