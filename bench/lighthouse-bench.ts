// `npm run bench:lighthouse`: Lighthouse (the npm package, pinned to 12.2.3, which runs on Node 20 and drives Debian's
// Chromium through chrome-launcher: nothing downloads a browser) in its default mobile preset (simulated slow 4G, 4x
// CPU slowdown, a phone's screen) against the real server started as `npm start` starts it, on /?zip=79901 and on a
// listing's page, map tiles blocked. Prints the four category scores, LCP, TBT, CLS and the bytes transferred beside
// issue 13's targets, and for every missed target the audits that cost it; each page's median of 3 runs (--runs N),
// full reports with --out DIR. Figures, not a pass/fail test.
import type { Flags, Result } from 'lighthouse' with { 'resolution-mode': 'import' };
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { withDemoServer } from './demo-server';

const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--no-first-run',
];
const TILE_HOSTS = ['*tile.openstreetmap.org*']; // the app's default tile server (server/config.ts)
const argument = (name: string) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;
const OUT_DIR = argument('--out'); // keep each page's median report (JSON) here
const RUNS = Number(argument('--runs') ?? 3); // Lighthouse's figures vary from run to run: each page's median run by performance score

/** Issue 13's targets: a category score at least this (0-100), LCP at most this many seconds. */
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 100, lcpSeconds: 2.0 } as const;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The figures of one page. */
interface PageFigures {
  label: string;
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcpSeconds: number;
  tbtMs: number;
  cls: number;
  transferredBytes: number;
  requests: number;
  missed: string[]; // one line per missed target, with the audits that cost points
  errored: string[]; // audits that could not run (their figures are missing, the scores stand)
  runScores?: number[]; // every run's performance score, in run order
}

/** A page Lighthouse could not measure (say, a 404), and why. */
interface Unmeasured {
  label: string;
  path: string;
  failure: string;
}

async function main(): Promise<void> {
  const { launch } = await import('chrome-launcher');
  const { default: lighthouse } = await import('lighthouse');
  const figures = await withDemoServer(async (baseUrl) => {
    const pages = [
      { label: 'search page', path: '/?zip=79901' },
      { label: 'listing page', path: `/listings/${await aPublishedListingId(baseUrl)}` },
    ];
    const results: Array<PageFigures | Unmeasured> = [];
    for (const page of pages) {
      const runs: Result[] = [];
      for (let i = 0; i < RUNS; i++) {
        // A new browser for each run: nothing cached or warmed up from the one before.
        const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, logLevel: 'error' });
        try {
          const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', blockedUrlPatterns: TILE_HOSTS };
          const run = await lighthouse(baseUrl + page.path, flags);
          if (!run) throw new Error(`Lighthouse returned nothing for ${page.path}`);
          runs.push(run.lhr);
        } finally {
          await chrome.kill();
        }
      }
      // A page that does not load is a figure too (say, a 404): print it and measure the next page.
      const failure = runs.find((lhr) => lhr.runtimeError)?.runtimeError;
      if (failure) {
        results.push({ ...page, failure: `${failure.code} ${failure.message}` });
        continue;
      }
      const byScore = [...runs].sort(
        (a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0),
      );
      const median = byScore[Math.floor(byScore.length / 2)]!;
      results.push({
        ...readFigures(page.label, page.path, median),
        runScores: runs.map((lhr) => Math.round((lhr.categories.performance?.score ?? 0) * 100)),
      });
      if (OUT_DIR)
        writeFileSync(path.join(OUT_DIR, `lighthouse-${page.label.replace(/\W+/g, '-')}.json`), JSON.stringify(median));
    }
    return results;
  });
  for (const page of figures) print(page);
}

// The nearest listing to 79901 that has a point of its own: the search page's first result, as a visitor would open it.
async function aPublishedListingId(baseUrl: string): Promise<string> {
  const search = (await (await fetch(`${baseUrl}/api/v1/listings?zip=79901`)).json()) as {
    results: Array<{ id: string }>;
  };
  const first = search.results[0];
  if (!first) throw new Error('the demo data has no published listing near 79901');
  return first.id;
}

function readFigures(label: string, path: string, lhr: Result): PageFigures {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, score(id)])) as PageFigures['scores'];
  const lcpSeconds = numeric('largest-contentful-paint') / 1000;
  const missed: string[] = [];
  for (const id of CATEGORIES) {
    if (scores[id] < TARGETS[id])
      missed.push(`${id} ${scores[id]} < ${TARGETS[id]}: ${costlyAudits(lhr, id).join('; ') || '(no single audit)'}`);
  }
  if (!(lcpSeconds <= TARGETS.lcpSeconds))
    missed.push(`LCP ${lcpSeconds.toFixed(2)} s > ${TARGETS.lcpSeconds} s: ${lcpBreakdown(lhr)}`);
  const requests = (lhr.audits['network-requests']?.details as { items?: unknown[] } | undefined)?.items?.length ?? 0;
  const errored = Object.values(lhr.audits)
    .filter((audit) => audit.scoreDisplayMode === 'error')
    .map((audit) => audit.id);
  const figures = {
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    transferredBytes: numeric('total-byte-weight'),
  };
  return { label, path, scores, lcpSeconds, ...figures, requests, missed, errored };
}

// The audits of a category that did not pass, heaviest first, as "id (display value) wWEIGHT"; for performance also
// the opportunities (estimated savings) that are not among them.
function costlyAudits(lhr: Result, categoryId: string): string[] {
  const category = lhr.categories[categoryId];
  if (!category) return [];
  const failing = (audit: Result['audits'][string] | undefined) =>
    audit !== undefined &&
    audit.score !== null &&
    audit.score < 1 &&
    !['notApplicable', 'manual', 'informative'].includes(audit.scoreDisplayMode);
  const shown = (id: string, weight = 0) => {
    const audit = lhr.audits[id]!;
    return `${id}${audit.displayValue ? ` (${audit.displayValue})` : ''}${weight > 0 ? ` w${weight}` : ''}`;
  };
  const refs = category.auditRefs.filter((ref) => failing(lhr.audits[ref.id])).sort((a, b) => b.weight - a.weight);
  const listed = new Set(refs.map((ref) => ref.id));
  const extra =
    categoryId !== 'performance'
      ? []
      : Object.values(lhr.audits).filter((a) => a.details?.type === 'opportunity' && failing(a) && !listed.has(a.id));
  return [...refs.map((ref) => shown(ref.id, ref.weight)), ...extra.map((audit) => shown(audit.id))];
}

// Which element was the LCP and where its time went.
function lcpBreakdown(lhr: Result): string {
  const element = lhr.audits['largest-contentful-paint-element']?.details as
    { items?: Array<{ items?: Array<{ node?: { snippet?: string } }> }> } | undefined;
  const snippet = element?.items?.[0]?.items?.[0]?.node?.snippet ?? 'unknown (its audit could not run)';
  const fcp = (lhr.audits['first-contentful-paint']?.numericValue ?? NaN) / 1000;
  return `element ${snippet}; FCP ${fcp.toFixed(2)} s`;
}

function print(page: PageFigures | Unmeasured): void {
  if ('failure' in page) {
    console.log(`\n${page.label} ${page.path}: Lighthouse could not measure it: ${page.failure}`);
    return;
  }
  const mark = (ok: boolean) => (ok ? 'ok' : 'MISSED');
  const runs = page.runScores
    ? `median of ${page.runScores.length} runs by performance score: ${page.runScores.join(', ')}`
    : 'one run';
  console.log(`\n${page.label} ${page.path} (Lighthouse 12.2.3, mobile preset, tiles blocked; ${runs})`);
  for (const id of CATEGORIES)
    console.log(
      `  ${id.padEnd(15)} ${String(page.scores[id]).padStart(3)}   target >= ${TARGETS[id]}   ${mark(page.scores[id] >= TARGETS[id])}`,
    );
  console.log(
    `  ${'LCP'.padEnd(15)} ${page.lcpSeconds.toFixed(2)} s   target <= ${TARGETS.lcpSeconds} s   ${mark(page.lcpSeconds <= TARGETS.lcpSeconds)}`,
  );
  console.log(`  ${'TBT'.padEnd(15)} ${page.tbtMs.toFixed(0)} ms`);
  console.log(`  ${'CLS'.padEnd(15)} ${page.cls.toFixed(3)}`);
  console.log(
    `  ${'transferred'.padEnd(15)} ${(page.transferredBytes / 1024).toFixed(1)} KB in ${page.requests} requests`,
  );
  for (const line of page.missed) console.log(`  missed: ${line}`);
  if (page.errored.length > 0) console.log(`  audits that could not run here: ${page.errored.join(', ')}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
