// The libraries' floor order (README, Layout): a library imports only from the floors below it, never an app.
// `npm run lint:deps` checks it; scripts/test.sh runs it next to tsc and eslint.
/** Lowest first; libraries on one floor do not import each other. */
const FLOORS = [
  ['common'],
  ['database', 'identity', 'queue'],
  ['training', 'notifications'],
  ['assessment'],
  ['scores', 'tickets'],
  ['recruitment'],
];

const floorRules = FLOORS.flatMap((floor, level) => {
  const below = FLOORS.slice(0, level).flat();
  return floor.map((lib) => ({
    name: `floor-${lib}`,
    severity: 'error',
    comment: `libs/${lib} may import only itself and the floors below it: ${below.join(', ') || 'none'}.`,
    from: { path: `^libs/${lib}/` },
    to: { path: '^libs/', pathNot: `^libs/(${[lib, ...below].join('|')})/` },
  }));
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...floorRules,
    {
      name: 'unknown-library',
      severity: 'error',
      comment: 'Every library has a floor: add a new one to FLOORS in .dependency-cruiser.cjs (and to README, Layout).',
      from: { path: `^libs/(?!(${FLOORS.flat().join('|')})/)` },
      to: {},
    },
    {
      name: 'library-imports-app',
      severity: 'error',
      comment: 'Apps sit on top of every library; a library never imports one.',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'app-imports-app',
      severity: 'error',
      comment: 'What two apps share belongs in a library.',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'web-imports-server-code',
      severity: 'error',
      comment: 'The browser package talks to the API over HTTP; the libraries are Node code.',
      from: { path: '^apps/web/' },
      to: { path: '^libs/' },
    },
    {
      name: 'cycle-between-libraries',
      severity: 'error',
      comment: 'A cycle through another library would mean some import runs up a floor.',
      from: { path: '^libs/([^/]+)/' },
      to: { circular: true, via: { pathNot: '^libs/$1/' } },
    },
    {
      name: 'cycle-inside-library',
      severity: 'error',
      comment: 'Modules of one library form no cycle either: a cycle makes load order (and decorators) fragile.',
      from: { path: '^(libs|apps)/([^/]+)/' },
      to: { circular: true, viaOnly: { path: '^(libs|apps)/$2/' } },
    },
    {
      name: 'unresolved-import',
      severity: 'error',
      comment: 'An import that does not resolve (a mistyped @app/ alias) would slip past every rule above.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    exclude: { path: '(^|/)(dist|node_modules)/' },
    doNotFollow: { path: 'node_modules' },
    // Resolves the @app/<lib> aliases; type-only imports count, since they couple the code as much.
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.json'], exportsFields: ['exports'], conditionNames: ['require', 'import', 'node', 'default'] },
  },
};
