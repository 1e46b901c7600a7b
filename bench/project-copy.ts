/**
 * A private copy of the project for the bench to build in, so a cold build really starts with no
 * cache (no .astro/, no dist/, no diagram cache) without deleting a contributor's own caches, and
 * so the scale runs can swap in a bigger content/pages/ without touching the real one.
 *
 * Dependencies are not copied: the copy's node_modules/ holds a symlink to each installed package
 * and to .bin/, but none to the tools' caches there (.astro/ holds Astro's content store, .cache/
 * the diagram renders, .vite*): shared, they would make a cold build warm and let a copy's pages
 * leak into the real project's content store.
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { readContentDir } from '../src/collections/index.ts';
import { copyPageSource, editedPageSource, scalePlan } from './scale-pages.ts';

/** Top-level entries of the project that are not part of the site's sources. */
const SKIP = new Set([
  'node_modules',
  'dist',
  '.astro',
  '.cache',
  '.git',
  'dist-subpath',
  'bench-results',
  'coverage',
]);

/** A new folder in the system's temporary folder, named for what it holds. */
export function tempFolder(label: string): string {
  return mkdtempSync(join(tmpdir(), `peace-plan-bench-${label}-`));
}

/** Copy the project at `root` into `dest` (a fresh folder) and link its installed packages. */
export function copyProject(root: string, dest: string): void {
  cpSync(root, dest, {
    recursive: true,
    filter: (src) => !SKIP.has(relative(root, src).split(/[\\/]/)[0] ?? ''),
  });
  const modules = join(dest, 'node_modules');
  mkdirSync(modules, { recursive: true });
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry.startsWith('.') && entry !== '.bin') continue;
    symlinkSync(join(root, 'node_modules', entry), join(modules, entry));
  }
}

/**
 * Grow the copy's content/pages/ to `total` pages with copies of the real pages (see
 * bench/scale-pages.ts). Returns the number of page files now there.
 */
export function multiplyPages(dest: string, total: number): number {
  const content = join(dest, 'content');
  const pages = new Map(
    readContentDir(content, ['pages'])
      .valid('pages')
      .map((e) => [e.id, e]),
  );
  for (const { from, id, copy } of scalePlan([...pages.keys()].sort(), total)) {
    const page = pages.get(from)!;
    const extension = page.mdx ? '.mdx' : '.md';
    const copied = copyPageSource(page.text, copy, page.file);
    writeFileSync(join(content, 'pages', `${id}${extension}`), copied);
  }
  return readContentDir(content, ['pages']).entries.length;
}

/** The page a warm rebuild changes: one the reader reaches from the menu. */
const CHANGED_PAGE = 'what-next';

/** Change one sentence of one real page in the copy, for a warm rebuild after an edit. */
export function changeOnePage(dest: string): void {
  const page = readContentDir(join(dest, 'content'), ['pages'])
    .valid('pages')
    .find((e) => e.id === CHANGED_PAGE);
  if (!page) throw new Error(`bench: content/pages/ has no page "${CHANGED_PAGE}" to change.`);
  const file = join(dest, 'content', 'pages', `${page.id}${page.mdx ? '.mdx' : '.md'}`);
  writeFileSync(file, editedPageSource(page.text, page.file));
}

/** Remove a folder made by tempFolder (never anything else). */
export function removeTemp(dir: string): void {
  if (!basename(dir).startsWith('peace-plan-bench-')) throw new Error(`refusing to remove ${dir}`);
  rmSync(dir, { recursive: true, force: true });
}
