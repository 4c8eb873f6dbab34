// npm run dev: the app (API on PORT, default 3000) and Vite's dev server in front of it, which
// serves client/ with instant reloads and proxies /api to the app. Ctrl-C stops both.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from './client-build';

const apiPort = process.env.PORT ?? '3000';
const children: ChildProcess[] = [];
const run = (command: string, args: string[], env: NodeJS.ProcessEnv) => {
  const child = spawn(process.execPath, [...process.execArgv, command, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: 'inherit',
  });
  child.on('exit', (code) => {
    for (const other of children) if (other !== child) other.kill('SIGTERM');
    process.exitCode = code ?? 1;
  });
  children.push(child);
};

run(path.join(REPO_ROOT, 'server/main.ts'), [], { PORT: apiPort });
run(path.join(REPO_ROOT, 'node_modules/vite/bin/vite.js'), ['--config', 'client/vite.config.mts'], {
  PUENTE_API_URL: `http://localhost:${apiPort}`,
});
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => children.forEach((child) => child.kill('SIGTERM')));
