// The layers of Quasimarket (README, "Architecture"), checked by `npm run lint` over src,
// workers, bench and scripts (tests may import anything). Type-only imports count for the
// layer rules (a type import still ties one layer's code to another's). For cycles, only
// run-time imports count: protocol files import `type Model`, which the Model imports back
// as code; that is one module's interface, not a cycle at run time.
const DOORS = ['^src/(render|ui|shell|cli|validation)/', '^src/main\\.ts$'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'No run-time import cycles in src: a cycle makes two modules one in all but name.',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'model-is-self-contained',
      severity: 'error',
      comment: 'src/model imports only src/model and zod: no DOM, worker, Node or engine code.',
      from: { path: '^src/model/' },
      to: { pathNot: ['^src/model/', '^(node_modules/)?zod(/|$)'] },
    },
    {
      name: 'engine-opens-no-door',
      severity: 'error',
      comment: 'src/engine runs the model anywhere: it may not import the app, CLI, validation or workers.',
      from: { path: '^src/engine/' },
      to: { path: [...DOORS, '^workers/'] },
    },
    {
      name: 'analysis-is-pure',
      severity: 'error',
      comment:
        'src/analysis (samplers and estimators) is plain arithmetic: it imports only itself, the seeded generator and the statistics.',
      from: { path: '^src/analysis/' },
      to: { pathNot: ['^src/analysis/', '^src/model/rng\\.ts$', '^src/engine/stats\\.ts$'] },
    },
    {
      name: 'render-reads-only-frames',
      severity: 'error',
      comment: 'src/render draws frames: from outside itself it imports only src/engine/api.ts (and npm packages).',
      from: { path: '^src/render/' },
      to: { pathNot: ['^src/render/', '^src/engine/api\\.ts$', '^node_modules/'] },
    },
    {
      name: 'nothing-imports-workers',
      severity: 'error',
      comment: 'workers/ are entry points: share what they define through src/engine instead.',
      from: {},
      to: { path: '^workers/' },
    },
    {
      name: 'doors-use-model-index',
      severity: 'error',
      comment:
        'The app, CLI, validation, benchmarks and scripts see the model only through its public index (src/model/index.ts).',
      from: { path: [...DOORS, '^bench/', '^scripts/'] },
      to: { path: '^src/model/', pathNot: '^src/model/index\\.ts$' },
    },
    {
      name: 'room-server-reads-no-model',
      severity: 'error',
      comment:
        "src/room (room mode's relay, Node only) routes messages: it imports nothing of the app, engine or model.",
      from: { path: '^src/room/' },
      to: { path: '^(src|workers)/', pathNot: '^src/room/' },
    },
    {
      name: 'room-shared-only-by-protocol',
      severity: 'error',
      comment: 'The browser shares only the messages (src/room/protocol.ts) with the room server.',
      from: { path: '^src/', pathNot: '^src/room/' },
      to: { path: '^src/room/', pathNot: '^src/room/protocol\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
