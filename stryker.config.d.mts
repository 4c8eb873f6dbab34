// Types of stryker.config.mjs for tests/helpers/mutation-cli.mts.
import type { PartialStrykerOptions } from '@stryker-mutator/api/core';

/** Module key -> the file mutated and the test files (globs) that run against it. */
export declare const modules: Record<string, { file: string; tests: string[] }>;
export declare const strykerPlugins: unknown[];
declare const config: PartialStrykerOptions;
export default config;
