// Lint rules carry the architecture: the layer boundaries below fail the build, not a review.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const platformModules = [
  { group: ['electron', 'electron/*'], message: 'src-core runs everywhere: no Electron.' },
  { group: ['node:*'], message: 'src-core runs in browsers and workers: no Node modules.' },
  { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'src-core has no UI.' },
  { group: ['dexie', 'dexie-*'], message: 'src-core does not know the store.' },
  { group: ['zustand', 'zustand/*'], message: 'src-core holds no UI state.' },
  { group: ['**/src-main/**', '**/src-renderer/**', '@renderer/*'], message: 'Layering.' },
];

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'worker_threads',
  'url',
  'stream',
  'buffer',
  'util',
];

export const coreImportRules = {
  'no-restricted-imports': [
    'error',
    {
      paths: nodeBuiltins.map((name) => ({ name, message: 'src-core: no Node modules.' })),
      patterns: platformModules,
    },
  ],
};

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-expect-error': 'allow-with-description' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src-renderer/sw/**/*.js'],
    languageOptions: { globals: globals.serviceworker },
  },
  {
    files: ['src-core/**/*.ts'],
    rules: { ...coreImportRules, 'no-console': 'error' },
  },
  {
    files: ['src-main/**/*.ts'],
    rules: { 'no-console': 'error' },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/src-main/**', 'electron', 'electron/*'], message: 'Use the platform.' },
            { group: ['node:*'], message: 'The renderer runs in a browser.' },
          ],
        },
      ],
    },
  },
  {
    // Components reach UI state through our typed hooks in src-renderer/state, never zustand.
    files: ['src-renderer/**/*.tsx'],
    ignores: ['src-renderer/state/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/src-main/**', 'electron', 'electron/*'], message: 'Use the platform.' },
            { group: ['node:*'], message: 'The renderer runs in a browser.' },
            { group: ['zustand', 'zustand/*'], message: 'Use the hooks in state/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'scripts/**/*.ts', '*.config.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    // expect(mock.method).toHaveBeenCalled… reads a method without calling it, by design.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
);
