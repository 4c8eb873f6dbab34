// The architecture's boundary, as ESLint holds it (eslint.config.mjs): client code imports from server/ only the
// contract, and only as @contract/... These lint source texts as if they sat in client/src, with the project's config.
import { ESLint } from 'eslint';
import { REPO_ROOT } from '../../../server/repo-root';

const eslint = new ESLint({ cwd: REPO_ROOT });

/** The rule ids and messages ESLint reports for `code` placed at `filePath` (repository-relative). */
async function reports(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

test('a client file that imports a server file outside the contract is reported', async () => {
  const code = "import { Database } from '../../server/db/schema';\nexport type Db = Database;\n";
  expect(await reports(code, 'client/src/boundary-fixture.ts')).toEqual([
    expect.stringMatching(/^import-x\/no-restricted-paths: .*only its contract/),
  ]);
});

test('a client file that reaches the contract by a relative path is reported: the alias is the one way in', async () => {
  const code = "import { SearchQuery } from '../../../server/contract/search';\nexport const query = SearchQuery;\n";
  expect(await reports(code, 'client/src/ui/boundary-fixture.ts')).toEqual([
    expect.stringMatching(/^no-restricted-imports: .*@contract/),
  ]);
});

test('a client file that imports the contract through @contract is clean', async () => {
  const code = "import { SearchQuery } from '@contract/search';\nexport const query = SearchQuery;\n";
  expect(await reports(code, 'client/src/ui/boundary-fixture.ts')).toEqual([]);
});

test('the server may import its own modules (the boundary holds for client/src only)', async () => {
  const code = "import type { Database } from '../db/schema';\nexport type Db = Database;\n";
  expect(await reports(code, 'server/listings/boundary-fixture.ts')).toEqual([]);
});
