// ESLint for the whole tree: typescript-eslint (type-aware where it pays), React hooks, accessibility, import cycles, and the layers.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const TSCONFIGS = ['./tsconfig.shared.json', './tsconfig.node.json', './tsconfig.electron.json', './tsconfig.renderer.json'];
const NODE_BUILTINS = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'events',
  'zlib',
  'readline',
  'worker_threads',
  'async_hooks',
];

/** A layer's rule: the imports it may not make, with the reason the lint message gives. */
const layer = (patterns, message) => ({ 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] });

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.tmp/**', 'bench/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        project: TSCONFIGS,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'import-x': importX },
    rules: {
      // promises a reporter's save depends on are never dropped or passed where a plain function is expected
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // TypeScript checks names; ESLint's own check does not know the DOM and Node types of each layer
      'no-undef': 'off',
      // control characters are looked for on purpose (file names, request paths, pasted text)
      'no-control-regex': 'off',
      // U+3000 (the full-width space) is part of Chinese text and of the patterns that read it
      'no-irregular-whitespace': ['error', { skipStrings: true, skipRegExps: true, skipTemplates: true, skipComments: true }],
    },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver': undefined,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: TSCONFIGS, noWarnOnMultipleProjects: true })],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // the React Compiler's rules, off: the app does not use the compiler. Refs updated during render ("the latest
      // text") are deliberate on the keystroke path, and views that load data set their state from effects.
      'react-hooks/refs': 'off',
      'react-hooks/immutability': 'off',
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/exhaustive-deps': 'error',
      ...jsxA11y.flatConfigs.recommended.rules,
      // scrollable text (the previews, the page's source lines) must be reachable from the keyboard: axe's
      // scrollable-region-focusable asks for the tabIndex this rule would forbid on a region, a <pre> or an <ol>
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: ['pre', 'ol'], roles: ['region', 'tabpanel'], allowExpressionValues: true }],
      // a view, a list or a panel listens for keys its controls let bubble (Alt+↑/↓, Escape, the arrow keys of a
      // list); only mouse handlers on elements that are not controls are refused
      'jsx-a11y/no-noninteractive-element-interactions': ['error', { handlers: ['onClick', 'onMouseDown', 'onMouseUp', 'onKeyPress'] }],
      ...layer(
        ['**/electron/**', 'electron', ...NODE_BUILTINS],
        'the renderer runs in the page: it reaches the privileged side only through window.bulletinDesk (shared/api.ts)',
      ),
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: layer(
      [
        '**/electron/**',
        '**/renderer/**',
        'electron',
        'react',
        'react-dom',
        'lexical',
        '@lexical/*',
        'chokidar',
        'iconv-lite',
        'sharp',
        'exifr',
        'file-type',
        ...NODE_BUILTINS,
      ],
      'shared/ is pure: no Node, no DOM, no other layer',
    ),
  },
  {
    files: ['electron/services/**/*.ts', 'electron/host/**/*.ts', 'electron/cli/**/*.ts'],
    rules: layer(
      ['electron', '**/electron/main/**', '**/electron/preload/**', '**/main/**', '**/preload/**', '**/renderer/**'],
      'services, the host and the command run in plain Node: never Electron, never the renderer',
    ),
  },
);
