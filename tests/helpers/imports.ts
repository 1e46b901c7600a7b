/**
 * The import graph of src/, read from the source text (static imports, re-exports, dynamic
 * `import('…')` with a literal, and the `import '…'` of an Astro `<script>`), for the tests that
 * keep the folder rules: browser code reaches only browser code, and other folders use a feature
 * through what its index.ts lists.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { posix } from 'node:path';

/** One import: who imports, what was written, and the project file it resolves to (if any). */
export interface ImportEdge {
  from: string;
  specifier: string;
  /** The project-relative file, or undefined for a package or `node:` module. */
  target?: string;
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])([^'"]+)\1/gm;

/**
 * Every specifier imported by a source text, in order. Comments are not imports, nor are
 * `import type` and `export type` statements, which TypeScript erases.
 */
export function specifiersOf(text: string): string[] {
  const code = text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/^\s*(?:import|export)\s+type\s[^;]*;/gm, '');
  return [...code.matchAll(IMPORT)].map((m) => m[2] ?? '');
}

/** The project file a relative specifier points at, trying the extensions Vite would. */
export function resolveSpecifier(
  from: string,
  specifier: string,
  exists: (path: string) => boolean = existsSync,
): string | undefined {
  if (!specifier.startsWith('.') && !specifier.startsWith('/src/')) return undefined;
  const bare = specifier.split('?')[0] ?? specifier;
  const base = bare.startsWith('/src/')
    ? bare.slice(1)
    : posix.normalize(posix.join(posix.dirname(from), bare));
  return [base, `${base}.ts`, `${base}/index.ts`].find((p) => exists(p)) ?? base;
}

/** Every source file under `dir` (project-relative, forward slashes). */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => posix.join(dir, f.split('\\').join('/')))
    .filter((f) => /\.(ts|js|mjs|astro)$/.test(f))
    .sort();
}

/** The imports of each file. */
export function importsOf(files: readonly string[]): ImportEdge[] {
  return files.flatMap((from) =>
    specifiersOf(readFileSync(from, 'utf8')).map((specifier) => {
      const target = resolveSpecifier(from, specifier);
      return target === undefined ? { from, specifier } : { from, specifier, target };
    }),
  );
}

/** The imports of each file, keyed by the importing file. */
function importsByFile(edges: readonly ImportEdge[]): Map<string, ImportEdge[]> {
  const byFile = new Map<string, ImportEdge[]>();
  for (const edge of edges) byFile.set(edge.from, [...(byFile.get(edge.from) ?? []), edge]);
  return byFile;
}

/** The feature folder of a file under src/ ("search" for src/search/client/engine.ts). */
export function featureOf(file: string): string | undefined {
  return /^src\/([^/]+)\//.exec(file)?.[1];
}

/** Whether a file is browser code: in a `client/` folder of a feature, or in src/shared/. */
export function isBrowserCode(file: string): boolean {
  return /^src\/[^/]+\/client\//.test(file) || file.startsWith('src/shared/');
}

/**
 * The page loader, the one bundled module of every page: besides its own folder and src/shared/,
 * it may import another feature's `client/` module (the search launcher of src/search), or load
 * one on first use (the share control of src/social). That module is checked as browser code of
 * its own feature, from its own folder.
 */
export const PAGE_LOADER = 'src/reader/client/loader.ts';

/** Packages browser code may load (at run time, on first use). */
export const BROWSER_PACKAGES: readonly string[] = ['mermaid', '@nlpjs/lang-uk/src/stemmer-uk.js'];

/**
 * What is wrong with the imports of browser code, following every import from a browser module
 * into the files it reaches: they may be only in the module's own feature folder or src/shared/
 * (plus a stylesheet URL and the listed packages); never `node:*`, zod, Astro, or a module that
 * imports one of them. The one exception: the page loader itself may import another feature's
 * client/ module, whose own imports are checked from that feature.
 */
export function browserBoundaryProblems(edges: readonly ImportEdge[]): string[] {
  const byFile = importsByFile(edges);
  const problems: string[] = [];
  for (const entry of [...byFile.keys()].filter(isBrowserCode)) {
    const feature = featureOf(entry);
    const queue = [entry];
    const seen = new Set(queue);
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      for (const edge of byFile.get(file) ?? []) {
        const where = `${edge.from} (reached from ${entry}) imports "${edge.specifier}"`;
        if (edge.target === undefined) {
          if (!BROWSER_PACKAGES.includes(edge.specifier)) {
            problems.push(`${where}: browser code may not import packages or node:* modules`);
          }
        } else if (
          /^src\/styles\/[^/]+\.css$/.test(edge.target) &&
          edge.specifier.endsWith('?url')
        ) {
          continue;
        } else if (
          edge.from === PAGE_LOADER &&
          isBrowserCode(edge.target) &&
          /^src\/[^/]+\/client\//.test(edge.target)
        ) {
          continue;
        } else if (
          !edge.target.startsWith(`src/${feature}/`) &&
          !edge.target.startsWith('src/shared/')
        ) {
          problems.push(`${where}: browser code may import only its own folder and src/shared/`);
        } else if (!seen.has(edge.target)) {
          seen.add(edge.target);
          queue.push(edge.target);
        }
      }
    }
  }
  return [...new Set(problems)];
}

/** The module files a feature's index.ts re-exports, and index.ts itself. */
export function publicModules(feature: string): Set<string> {
  const index = `src/${feature}/index.ts`;
  const modules = new Set([index]);
  if (!existsSync(index)) return modules;
  for (const specifier of specifiersOf(readFileSync(index, 'utf8'))) {
    const target = resolveSpecifier(index, specifier);
    if (target) modules.add(target);
  }
  return modules;
}

/**
 * The feature indexes that reach `astro:content`, directly or through other modules, each with
 * the chain of files that leads there: such an index cannot be loaded by a script or a test.
 */
export function astroOnlyIndexes(edges: readonly ImportEdge[], features: readonly string[]) {
  const byFile = importsByFile(edges);
  const problems: string[] = [];
  for (const feature of features) {
    const entry = `src/${feature}/index.ts`;
    const via = new Map<string, string[]>([[entry, [entry]]]);
    const queue = [entry];
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const chain = via.get(file)!;
      for (const edge of byFile.get(file) ?? []) {
        if (edge.specifier === 'astro:content') {
          problems.push(`${chain.join(' → ')} imports astro:content`);
        } else if (edge.target && !via.has(edge.target)) {
          via.set(edge.target, [...chain, edge.target]);
          queue.push(edge.target);
        }
      }
    }
  }
  return problems;
}
