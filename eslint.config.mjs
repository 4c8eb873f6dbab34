// ESLint: typescript-eslint's recommended rules, no import cycles, and the one boundary of the architecture: the
// client reaches the server only through its contract, imported as @contract/... Style is Prettier's job
// (eslint-config-prettier, last, turns off the rules that would fight it).
import path from 'node:path';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Where the relative spelling of the contract is refused: the alias is the one way in (tsconfig.json's paths). */
const CONTRACT_BY_ALIAS = {
  group: ['**/server/contract', '**/server/contract/*'],
  message: "Import the contract as '@contract/...' (tsconfig.json paths), not by a relative path.",
};

export default defineConfig(
  {
    ignores: ['**/dist/', 'dist.*/', 'coverage/', 'data/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      // import-x reads .ts files only when told to (its TypeScript preset); without this no-cycle sees no graph.
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      // Resolves @contract/... through tsconfig.json's paths.
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: path.join(import.meta.dirname, 'tsconfig.json') }),
      ],
    },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'import-x/no-cycle': 'error',
      // Each control character in a pattern here is the point (safe text and input checks refuse them).
      'no-control-regex': 'off',
      // The house marks a deliberately unused name with a leading _ (an Express error handler's next, a field left out
      // of a rest copy).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['client/src/**'],
    rules: {
      // The architecture's boundary: client code imports from server/ only its contract.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './client/src',
              from: './server',
              except: ['./contract'],
              message: 'The client imports from the server only its contract (@contract/...).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**'],
    // Tests walk untyped JSON (response bodies, the OpenAPI document, GeoJSON); the types they check are the contract's.
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['client/src/**', 'tests/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [CONTRACT_BY_ALIAS] }] },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' }, // CommonJS config files (jest.config.js)
  },
  prettier,
);
