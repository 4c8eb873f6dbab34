// The prose points only at things that exist: every relative link (and its #heading) and every backticked repository
// path in README.md, CONTRIBUTING.md and docs/*.md, so a moved file or a renamed heading breaks a test, not a newcomer.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../../server/repo-root';

/** Issue 14: a README a newcomer reads in ten minutes. */
const README_MAX_BYTES = 12_000;
/** Top-level folders that are built or installed, not kept in the repository (see .gitignore). */
const NOT_IN_REPOSITORY = new Set(['.git', 'node_modules', 'dist', 'data', 'coverage']);

const DOCUMENTS = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(path.join(REPO_ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

const TOP_LEVEL_FOLDERS = new Set(
  readdirSync(REPO_ROOT, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !NOT_IN_REPOSITORY.has(entry.name))
    .map((entry) => entry.name),
);

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .replace(/ /g, '-');
}

function anchorsOf(markdown: string): Set<string> {
  const headings = withoutFencedBlocks(markdown).match(/^#{1,6} .+$/gm) ?? [];
  return new Set(headings.map((line) => headingAnchor(line.replace(/^#+ /, ''))));
}

// Fenced blocks hold commands and sample output, not references.
function withoutFencedBlocks(markdown: string): string {
  return markdown.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');
}

/** Backticked spans that name a file or folder of the repository: a known top-level folder, then path characters. */
function repositoryPaths(markdown: string, topLevelFolders: ReadonlySet<string>): string[] {
  const spans = [...withoutFencedBlocks(markdown).matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!);
  return spans.filter((span) => {
    if (!/^\.?[\w-]+(\/[\w.-]+)+\/?$/.test(span)) return false;
    const segments = span.split('/');
    return topLevelFolders.has(segments[0]!) && !segments.some((s) => NOT_IN_REPOSITORY.has(s));
  });
}

/** Link targets that are not web addresses: `[text](target)` and `![alt](target)`, outside fenced blocks. */
function relativeLinks(markdown: string): string[] {
  const targets = [...withoutFencedBlocks(markdown).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]!);
  return targets.filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target));
}

/** What one document points at that does not exist, as "target (why)". */
function brokenReferences(document: string, root: string, topLevelFolders: ReadonlySet<string>): string[] {
  const markdown = readFileSync(path.join(root, document), 'utf8');
  const broken: string[] = [];
  for (const link of relativeLinks(markdown)) {
    const [file = '', anchor] = link.split('#');
    const target = file === '' ? document : path.join(path.dirname(document), decodeURIComponent(file));
    if (!existsSync(path.join(root, target))) broken.push(`${link} (no ${target})`);
    else if (anchor && target.endsWith('.md') && !anchorsOf(readFileSync(path.join(root, target), 'utf8')).has(anchor))
      broken.push(`${link} (no heading #${anchor} in ${target})`);
  }
  for (const repoPath of repositoryPaths(markdown, topLevelFolders)) {
    if (!existsSync(path.join(root, repoPath))) broken.push(`\`${repoPath}\` (no such path)`);
  }
  return broken;
}

describe('the checks themselves', () => {
  const sample = [
    '# A title',
    'See [the guide](docs/guide.md#usage), [nothing](docs/nothing.md), [up](#a-title), [gone](#no-such-heading),',
    '[no usage](docs/guide.md#setup), [web](https://example.org), `server/config.ts`, `server/no-such-file.ts`,',
    '`dist/server/main.js`, `npm test`, `/api/v1/listings`, `DATA_DIR/puente.lock`.',
    '```sh',
    'cat server/also-missing.ts [x](missing.md)',
    '```',
  ].join('\n');
  const folders = new Set(['server', 'docs']);

  test('find relative links and repository paths, and skip web addresses, commands, URLs and built output', () => {
    expect(relativeLinks(sample)).toEqual([
      'docs/guide.md#usage',
      'docs/nothing.md',
      '#a-title',
      '#no-such-heading',
      'docs/guide.md#setup',
    ]);
    expect(repositoryPaths(sample, folders)).toEqual(['server/config.ts', 'server/no-such-file.ts']);
  });

  test('report a missing file, a missing heading and a missing path', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'puente-docs-'));
    try {
      mkdirSync(path.join(root, 'server'));
      mkdirSync(path.join(root, 'docs'));
      writeFileSync(path.join(root, 'server/config.ts'), '');
      writeFileSync(path.join(root, 'docs/guide.md'), '# Guide\n\n## Usage\n');
      writeFileSync(path.join(root, 'README.md'), sample);
      expect(brokenReferences('README.md', root, folders)).toEqual([
        'docs/nothing.md (no docs/nothing.md)',
        '#no-such-heading (no heading #no-such-heading in README.md)',
        'docs/guide.md#setup (no heading #setup in docs/guide.md)',
        '`server/no-such-file.ts` (no such path)',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('anchors follow GitHub: "Follow one request" is #follow-one-request', () => {
    expect(headingAnchor('Follow one request')).toBe('follow-one-request');
    expect(headingAnchor('Backups and `db:maintain`')).toBe('backups-and-dbmaintain');
  });
});

describe.each(DOCUMENTS)('%s', (document) => {
  test('every relative link and backticked repository path exists', () => {
    expect(brokenReferences(document, REPO_ROOT, TOP_LEVEL_FOLDERS)).toEqual([]);
  });
});

test(`README.md stays under ${README_MAX_BYTES.toLocaleString('en-US')} bytes`, () => {
  expect(statSync(path.join(REPO_ROOT, 'README.md')).size).toBeLessThan(README_MAX_BYTES);
});
