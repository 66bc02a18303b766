export default {
  globs: ['src/components/**/*.component.ts', 'src/internal/reper-element.ts'],
  exclude: ['**/*.styles.ts'],
  outdir: '.',
  litelement: true,
};
