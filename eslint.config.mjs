import js from '@eslint/js';
import globals from 'globals';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['examples/react/client.js', 'examples/react/chunks/', '.build/', 'dist.old/', 'cdn.old/', 'kiosk/sw.js', 'editor/editor.js', 'dist/', 'cdn/', 'node_modules/', 'coverage/', 'custom-elements.json', 'bench/tmp/', '.screenshots/'] },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { lit, wc },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      'lit/no-invalid-html': 'error',
      'lit/no-value-attribute': 'error',
      'lit/attribute-value-entities': 'error',
      'lit/binding-positions': 'error',
      'lit/no-duplicate-template-bindings': 'error',
      'lit/no-property-change-update': 'error',
      'wc/guard-super-call': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/decorators.js', message: "Import property/state from src/internal/decorators.js: lit's also carry standard-decorator code the 12 KB light elements cannot afford." },
            { name: '@lit/context', importNames: ['consume'], message: 'Import consume from src/internal/decorators.js (same reason).' },
            { name: 'i18next', message: 'Translate with I18nController (src/internal/i18n.ts): one set of rules for every element.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "Identifier[name='unsafeHTML']", message: 'Feed text is data: never render it as HTML.' },
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Use lit templates, not innerHTML (Trusted Types).' },
        { selector: "MemberExpression[object.name='localStorage']", message: 'Reper stores nothing in Web Storage.' },
        { selector: "MemberExpression[object.name='sessionStorage']", message: 'Reper stores nothing in Web Storage.' },
        { selector: "MemberExpression[property.name='cookie']", message: 'Reper sets no cookies.' },
        { selector: "MemberExpression[property.name='pushState']", message: 'Reper adds no history entries.' },
        {
          selector: ':not(PropertyDefinition) > Decorator',
          message: "Decorate fields only: the CDN build's __decorate (src/internal/tslib.ts) calls field decorators and ignores what they return.",
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['tests/browser/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
