/**
 * The architecture, checked in `npm test` (`npm run deps`): folders are layers, and each may import only what is
 * below it. A violation fails with the rule's name.
 *
 *   entries   src/index.ts, core.ts, cli.ts, i18next.ts, formatjs.ts   the package's public doors
 *   adapters  src/adapters/                                           glue for i18next and FormatJS (browser-safe)
 *   toolkit   src/toolkit/                                            translator tools, Node only
 *   build     src/build/                                              code generation at build time
 *   runtime   src/runtime/                                            the library that ships to browsers
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'A cycle makes two modules one: neither can be read, tested or loaded without the other.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'runtime-is-browser-safe',
      severity: 'error',
      comment: 'The run-time library ships to browsers: no Node built-in, ever.',
      from: { path: '^src/(runtime|adapters)/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'runtime-imports-only-itself',
      severity: 'error',
      comment: 'The run-time layer is the bottom: it imports nothing from the adapters, the toolkit, the build code or an entry.',
      from: { path: '^src/runtime/' },
      to: { path: '^src/', pathNot: '^src/runtime/' },
    },
    {
      name: 'adapters-do-not-import-the-toolkit',
      severity: 'error',
      comment: 'The adapters run in browsers; the toolkit is Node code for translators.',
      from: { path: '^src/adapters/' },
      to: { path: '^src/(toolkit|build)/' },
    },
    {
      name: 'toolkit-does-not-import-adapters',
      severity: 'error',
      comment: 'The translator toolkit works on locale files and the run-time library, never through i18next or FormatJS.',
      from: { path: '^src/toolkit/' },
      to: { path: '^src/(adapters|build)/' },
    },
    {
      name: 'build-imports-only-the-runtime',
      severity: 'error',
      comment: 'Code generation reads the catalog and writes modules; it needs nothing but the run-time formats.',
      from: { path: '^src/build/' },
      to: { path: '^src/', pathNot: '^src/(runtime|build)/' },
    },
    {
      name: 'nothing-imports-an-entry',
      severity: 'error',
      comment:
        'Entries are the top: they import layers, never each other. The one exception is the CLI, which loads the library entries it needs as separate builds (tsup keeps them external) rather than bundling a second copy.',
      from: { path: '^src/', pathNot: '^src/cli\\.ts$' },
      to: { path: '^src/[^/]+\\.ts$' },
    },
    {
      name: 'the-cli-imports-only-library-entries',
      severity: 'error',
      comment: 'The CLI may load `core` and `load-locale` (see nothing-imports-an-entry), not the adapters or the main entry.',
      from: { path: '^src/cli\\.ts$' },
      to: { path: '^src/[^/]+\\.ts$', pathNot: '^src/(core|load-locale)\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: ['node_modules', '^generated/', '^locales/'] },
    exclude: { path: ['^dist/', '^test/', '^bench/', '^scripts/', '^examples/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
    reporterOptions: {
      archi: { collapsePattern: '^src/[^/]+/|^src/[^/]+\\.ts$|^generated/|^locales/' },
    },
  },
};
