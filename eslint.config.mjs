import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['build/', 'dist/', 'node_modules/', 'coverage/', '.eval/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // The engine runs in browsers and in Node alike: it uses neither's own globals nor modules, nor
  // the pane's. (tsconfig.engine.json and .dependency-cruiser.cjs check the same from other sides.)
  {
    files: ['src/diagnosis/**'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'location',
          'self',
          'localStorage',
          'sessionStorage',
          'fetch',
          'XMLHttpRequest',
          'Office',
        ].map((name) => ({
          name,
          message: 'The engine has no DOM or Office: take what it needs as an argument.',
        })),
        ...['process', 'Buffer', 'require', 'global', '__dirname', '__filename', 'setImmediate'].map(
          (name) => ({ name, message: 'The engine has no Node: take what it needs as an argument.' }),
        ),
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'url', 'util', 'zlib', 'worker_threads', 'child_process'],
              message: 'The engine imports nothing of Node.',
            },
            {
              group: ['react', 'react-dom', 'react/*', '@fluentui/*', '@microsoft/office-js', 'office-*'],
              message: 'The engine imports nothing of the pane or Office.',
            },
            {
              group: ['**/taskpane/**', '**/office/**', '**/cli/**'],
              message:
                'The engine is the bottom layer: the pane, the Office adapter and the CLI import it, not the reverse.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'test/**', 'src/cli/**', '*.js', '*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  { files: ['**/*.js', '**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
