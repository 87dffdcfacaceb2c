import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { configs as tsConfigs } from 'typescript-eslint';

const PROJECTS = ['./tsconfig.json', './tsconfig.web.json'];

export default defineConfig(
  { ignores: ['out/', 'dist/', 'demo/', 'tests/.artifacts/', 'resources/'] },
  js.configs.recommended,
  tsConfigs.recommendedTypeChecked,
  importX.flatConfigs.recommended,
  importX.flatConfigs.typescript,
  {
    languageOptions: {
      parserOptions: { project: PROJECTS, tsconfigRootDir: import.meta.dirname, noWarnOnMultipleProjects: true },
    },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: PROJECTS })] },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/order': [
        'error',
        {
          groups: ['builtin', 'external', ['parent', 'sibling', 'index']],
          alphabetize: { order: 'asc', caseInsensitive: true },
          'newlines-between': 'never',
        },
      ],
      // Leaving fields out of a copy (`const { id, ...rest } = row`) is how a record becomes a DTO.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // papaparse is a UMD bundle: its functions are reached through the default export everywhere.
      'import-x/no-named-as-default-member': 'off',
      // React ignores what an event handler returns; the page's async handlers report their own
      // errors (notifyError), so a promise given to `onClick` is not a lost error.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Today comes from the main process: use useToday() from renderer/ui/today.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Today comes from the main process: use useToday() from renderer/ui/today.',
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // vitest types its asymmetric matchers (expect.any, expect.stringContaining) as `any`.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  { files: ['**/*.{js,mjs,cjs}'], extends: [tsConfigs.disableTypeChecked] },
  prettier,
);
