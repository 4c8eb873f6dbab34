// The repository root, found from this file's folder: the same answer from server/ (tsx, jest) and from dist/server/ (node).
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The nearest folder above `from` that holds package.json. */
export function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir)
      throw new Error(`no package.json above ${from}: run Puente from its repository or image`);
  }
}

/** The repository (or image) root: client/dist, migrations and seeds are found from here. */
export const REPO_ROOT = findRepoRoot(__dirname);
