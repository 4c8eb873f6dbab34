// Mutation testing of the core modules: `npm run test:mutation` (docs/decisions/0067-mutation-testing-with-stryker.md).
// Each module is mutated against the tests that exist for it, not the whole suite, so a run finishes on two cores:
// tests/helpers/mutation-cli.mts runs Stryker once per module (a static mutant reruns every test of its run) and
// prints the score of each file at the end.
//   MUTATION_MODULES=csrf,pagination npm run test:mutation   only those modules (names: the keys below)
//   MUTATION_CONCURRENCY=1 npm run test:mutation             test processes in parallel (default 2)
// Equivalent mutants (no test can tell them apart from the code) are excluded here only, each with a one-line reason:
// `equivalentMutants` names the expression; the "equivalent" ignorer below leaves every mutant of it out of the score.
import { declareValuePlugin, PluginKind } from '@stryker-mutator/api/plugin';

/** Module key -> the file mutated and the test files (globs, repository-relative) that run against it. */
export const modules = {
  geo: {
    file: 'server/db/geo.ts',
    tests: ['tests/db/geo-sql*.test.ts', 'tests/unit/db/geo*.test.ts', 'tests/unit/db/great-circle*.test.ts'],
  },
  'opening-hours': {
    file: 'server/contract/opening-hours.ts',
    tests: [
      'tests/unit/listings/opening-hours*.test.ts',
      'tests/unit/contract/opening-hours*.test.ts',
      'tests/unit/client/format/open-status*.test.ts',
    ],
  },
  'opening-minutes': {
    file: 'server/listings/opening-minutes.ts',
    tests: ['tests/unit/listings/opening-hours*.test.ts', 'tests/unit/listings/opening-minutes*.test.ts'],
  },
  staleness: {
    file: 'server/listings/staleness.ts',
    tests: ['tests/api/listings-staleness*.test.ts', 'tests/unit/listings/staleness*.test.ts'],
  },
  'public-point': {
    file: 'server/listings/public-point.ts',
    tests: [
      'tests/api/confidential-public-point*.test.ts',
      'tests/api/confidential-location*.test.ts',
      'tests/unit/listings/public-point*.test.ts',
    ],
  },
  pagination: { file: 'server/db/pagination.ts', tests: ['tests/unit/db/pagination*.test.ts'] },
  throttle: {
    file: 'server/moderation/moderator-login-throttle.ts',
    tests: ['tests/unit/moderation/moderator-login-throttle*.test.ts'],
  },
  csrf: {
    file: 'server/moderation/csrf.ts',
    tests: [
      'tests/api/moderation-session-logout*.test.ts',
      'tests/api/moderation-session-login*.test.ts',
      'tests/api/moderation-csrf*.test.ts',
    ],
  },
  'open-status': {
    file: 'client/src/format/open-status.format.ts',
    tests: ['tests/unit/client/format/open-status*.test.ts'],
  },
  'url-state': { file: 'client/src/state/url-state.codec.ts', tests: ['tests/unit/client/state/url-state*.test.ts'] },
  listing: { file: 'server/contract/listing.ts', tests: ['tests/unit/contract/listing*.test.ts'] },
};

/** Expressions (as Babel prints them, on one line), inside `within` when given, whose mutants no caller can see. */
const equivalentMutants = [
  {
    code: "l.details.kind !== 'task_force'",
    reason: 'listing.ts: only task-force details have meetings (ListingDetails strips the field from other kinds)',
  },
  {
    code: "'bbox'",
    within: "roundBoxOutward({ type: 'bbox', west, south, east, north })",
    reason: "url-state.codec.ts: roundBoxOutward reads the box's sides only and returns a box of its own type",
  },
];
const printed = (path) => `${path}`.replace(/\s+/g, ' ');

/** The plugin the `ignorers` option names: Stryker reports these mutants as ignored, with the reason. */
export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'equivalent', {
    shouldIgnore: (path) =>
      equivalentMutants.find(
        ({ code, within }) =>
          path.isExpression() &&
          printed(path) === code &&
          (!within || Boolean(path.findParent((parent) => printed(parent) === within))),
      )?.reason,
  }),
];

const chosen = (process.env.MUTATION_MODULES ?? Object.keys(modules).join(','))
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
for (const name of chosen) {
  if (!(name in modules)) throw new Error(`MUTATION_MODULES: no module "${name}"; known: ${Object.keys(modules)}`);
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  plugins: ['@stryker-mutator/jest-runner', './stryker.config.mjs'],
  ignorers: ['equivalent'],
  // The same node flags as `npm test`.
  testRunnerNodeArgs: ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning'],
  mutate: chosen.map((name) => modules[name].file),
  coverageAnalysis: 'perTest',
  concurrency: Number(process.env.MUTATION_CONCURRENCY ?? 2),
  timeoutMS: 20000,
  jest: {
    configFile: 'jest.config.js',
    enableFindRelatedTests: true,
    config: {
      // jest.config.js's roots hold the tests only, and findRelatedTests follows imports only inside the roots: with
      // server/ and client/ in, a test that reaches a module through the app (csrf.ts) counts as related to it.
      roots: ['<rootDir>/tests', '<rootDir>/server', '<rootDir>/client/src'],
      testMatch: [...new Set(chosen.flatMap((name) => modules[name].tests))].map((glob) => `**/${glob}`),
      // One migrated PGlite dump per test process, not one per mutant (the jest runner starts jest once per mutant).
      globalSetup: '<rootDir>/tests/helpers/mutation-global-setup.ts',
      globalTeardown: '<rootDir>/tests/helpers/mutation-global-teardown.ts',
    },
  },
  reporters: ['clear-text', 'progress', 'html', 'json'],
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  htmlReporter: { fileName: `reports/mutation/${chosen.join('+')}.html` },
  jsonReporter: { fileName: `reports/mutation/${chosen.join('+')}.json` },
  // The sandbox is a copy of the project: leave out what no test reads.
  ignorePatterns: ['/data', '/dist', '/client/dist', '/docs/screenshots', '/coverage', '/reports'],
  thresholds: { high: 95, low: 90, break: null },
};
