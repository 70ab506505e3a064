import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NODE_AND_ELECTRON = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'electron',
  'better-sqlite3-multiple-ciphers',
];

export default tseslint.config(
  { ignores: ['out', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }] },
  },
  {
    // Shared code runs everywhere: no Node, DOM-only or Electron modules.
    files: ['src-shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: NODE_AND_ELECTRON, message: 'src-shared must stay isomorphic.' },
            { group: ['**/src-main/**', '**/src-renderer/**'], message: 'src-shared imports only src-shared.' },
          ],
        },
      ],
    },
  },
  {
    // The renderer reaches the app only through the contract's client.
    files: ['src-renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: NODE_AND_ELECTRON,
              message: 'The renderer talks to the app only through src-renderer/src/api.ts.',
            },
            { group: ['**/src-main/**'], message: 'The renderer must not import from src-main.' },
          ],
        },
      ],
    },
  },
);
