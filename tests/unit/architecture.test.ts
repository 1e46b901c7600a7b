/**
 * The folder rules of ARCHITECTURE.md, checked on the real source tree: browser code (every
 * `client/` folder and src/shared/) reaches only browser code, and code outside a feature folder
 * uses it only through the modules its index.ts lists.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  astroOnlyIndexes,
  browserBoundaryProblems,
  featureOf,
  importsOf,
  PAGE_LOADER,
  publicModules,
  sourceFiles,
  specifiersOf,
  type ImportEdge,
} from '../helpers/imports.ts';

const FEATURES = [
  'collections',
  'contributor',
  'dev',
  'diagrams',
  'i18n',
  'maps',
  'markdown',
  'offline',
  'reader',
  'search',
  'security',
  'shared',
  'site',
  'social',
  'timings',
];
/** Modules that read collections through astro:content: only Astro can load them. */
const ASTRO_ONLY = [
  'src/collections/queries.ts',
  'src/i18n/entries.ts',
  'src/site/static-paths.ts',
  'src/site/feeds.ts',
];
const files = [
  ...sourceFiles('src'),
  ...sourceFiles('scripts'),
  ...sourceFiles('bench'),
  ...sourceFiles('support'),
  'astro.config.mjs',
];
const edges = importsOf(files);

describe('feature folders', () => {
  it('every folder under src/ is a feature with an index.ts, or one of Astro’s own', () => {
    const folders = new Set(files.map(featureOf).filter((f) => f !== undefined));
    const astro = ['components', 'layouts', 'pages', 'styles'];
    for (const folder of folders) {
      expect([...FEATURES, ...astro], `src/${folder}/`).toContain(folder);
      if (FEATURES.includes(folder)) expect(existsSync(`src/${folder}/index.ts`)).toBe(true);
    }
  });

  it('code outside a feature imports only what its index.ts lists', () => {
    const allowed = new Map(FEATURES.map((f) => [f, publicModules(f)]));
    const problems = edges.flatMap((edge) => {
      const to = edge.target && featureOf(edge.target);
      if (!edge.target || !to || !FEATURES.includes(to) || featureOf(edge.from) === to) return [];
      if (allowed.get(to)?.has(edge.target)) return [];
      // Astro-only reads of the collections (astro:content, which only Astro can load), and
      // browser entry points bundled by a <script>.
      if (ASTRO_ONLY.includes(edge.target)) return [];
      if (edge.from.endsWith('.astro') && edge.target.includes('/client/')) return [];
      // The page loader starts a feature's browser module on first use (the share control).
      if (edge.from === PAGE_LOADER && edge.target.includes('/client/')) return [];
      return [`${edge.from} imports ${edge.target}, which src/${to}/index.ts does not list`];
    });
    expect(problems).toEqual([]);
  });

  it('every index.ts loads outside Astro: none reaches astro:content', () => {
    expect(astroOnlyIndexes(edges, FEATURES)).toEqual([]);
  });

  it('finds an index that reaches astro:content through another module', () => {
    const fake: ImportEdge[] = [
      { from: 'src/site/index.ts', specifier: './paths.ts', target: 'src/site/paths.ts' },
      { from: 'src/site/paths.ts', specifier: 'astro:content' },
    ];
    expect(astroOnlyIndexes(fake, ['site'])).toEqual([
      'src/site/index.ts → src/site/paths.ts imports astro:content',
    ]);
  });
});

describe('browser and build code', () => {
  it('browser code reaches only its own folder and src/shared/, never zod, node:* or Astro', () => {
    expect(browserBoundaryProblems(edges)).toEqual([]);
  });

  it('finds a browser module that reaches build code, directly or through another module', () => {
    const fake: ImportEdge[] = [
      { from: 'src/search/client/a.ts', specifier: '../query.ts', target: 'src/search/query.ts' },
      { from: 'src/search/query.ts', specifier: 'node:fs' },
      {
        from: 'src/reader/client/b.ts',
        specifier: '../../collections/schemas.ts',
        target: 'src/collections/schemas.ts',
      },
      { from: 'src/shared/c.ts', specifier: 'astro/zod' },
    ];
    expect(browserBoundaryProblems(fake)).toEqual([
      'src/search/query.ts (reached from src/search/client/a.ts) imports "node:fs": browser code may not import packages or node:* modules',
      'src/reader/client/b.ts (reached from src/reader/client/b.ts) imports "../../collections/schemas.ts": browser code may import only its own folder and src/shared/',
      'src/shared/c.ts (reached from src/shared/c.ts) imports "astro/zod": browser code may not import packages or node:* modules',
    ]);
  });

  it('lets only the page loader start another feature’s client module, which keeps its own rule', () => {
    const fake: ImportEdge[] = [
      {
        from: 'src/reader/client/loader.ts',
        specifier: '../../social/client/share.ts',
        target: 'src/social/client/share.ts',
      },
      {
        from: 'src/reader/client/loader.ts',
        specifier: '../../social/words.ts',
        target: 'src/social/words.ts',
      },
      {
        from: 'src/reader/client/previews.ts',
        specifier: '../../social/client/share.ts',
        target: 'src/social/client/share.ts',
      },
      {
        from: 'src/social/client/share.ts',
        specifier: '../../reader/client/seen.ts',
        target: 'src/reader/client/seen.ts',
      },
    ];
    expect(browserBoundaryProblems(fake)).toEqual([
      'src/reader/client/loader.ts (reached from src/reader/client/loader.ts) imports "../../social/words.ts": browser code may import only its own folder and src/shared/',
      'src/reader/client/previews.ts (reached from src/reader/client/previews.ts) imports "../../social/client/share.ts": browser code may import only its own folder and src/shared/',
      'src/social/client/share.ts (reached from src/social/client/share.ts) imports "../../reader/client/seen.ts": browser code may import only its own folder and src/shared/',
    ]);
  });

  it('reads imports from code, not from comments or type-only statements', () => {
    const text = [
      "/** see import('./old.ts') */",
      "import a from './a.ts';",
      "export { b } from './b.ts';",
      "const c = () => import('./c.ts');",
      "// import './d.ts';",
      "import type { E } from './e.ts';",
      "export type {\n  F,\n} from './f.ts';",
    ].join('\n');
    expect(specifiersOf(text)).toEqual(['./a.ts', './b.ts', './c.ts']);
  });
});
