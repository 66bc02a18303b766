export default {
  globs: ['src/components/**/*.component.ts'],
  exclude: ['**/*.styles.ts'],
  outdir: '.',
  litelement: true,
};
