// Lint rules that keep the architecture honest:
// - @nx/enforce-module-boundaries: services depend on libs only, never on each other;
//   pure cores (type:core) depend on nothing with I/O.
// - no-restricted-imports on pure cores: no broker, no tracing, no node:* I/O.
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

const ioModules = ['@nats-io/*', '@opentelemetry/*', 'node:*', 'fs', 'net', 'http', 'child_process', 'systeminformation', 'pino'];

export default [
  { ignores: ['**/node_modules/**', '**/dist/**', 'libs/contracts/src/generated/**', '.nx/**', 'tools/cli/ui/vendor/**'] },
  ...tseslint.configs.recommended,
  { rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': ['error', {
        enforceBuildableLibDependency: false,
        allow: [],
        depConstraints: [
          { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [] },
          { sourceTag: 'type:util', onlyDependOnLibsWithTags: [] },
          { sourceTag: 'type:core', onlyDependOnLibsWithTags: ['type:core'] },
          { sourceTag: 'type:io', onlyDependOnLibsWithTags: ['type:contracts', 'type:util', 'type:io', 'type:core', 'type:testing'] },
          { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:contracts', 'type:util', 'type:io'] },
          { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:contracts', 'type:util', 'type:io', 'type:core', 'type:testing'] },
          { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:contracts', 'type:util', 'type:io', 'type:core', 'type:testing', 'type:service'] },
          { sourceTag: 'type:bench', onlyDependOnLibsWithTags: ['type:contracts', 'type:util', 'type:io', 'type:core', 'type:testing', 'type:service'] },
        ],
      }],
    },
  },
  {
    files: ['libs/*-core/src/**/*.ts', 'libs/netcoords/src/**/*.ts', 'libs/scenario/src/**/*.ts', 'libs/simulator/src/**/*.ts', 'services/*/src/core/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ioModules, message: 'Pure cores take plain data in and give plain data out: no I/O imports.' }] }],
    },
  },
];
