/**
 * `npm run pr-summary -- --base <ref> [--base-dist <dir> --head-dist <dir>]`: the Markdown summary
 * of a pull request's content change, written to the GitHub job summary ($GITHUB_STEP_SUMMARY)
 * when it is set, else printed. Run from the head checkout; `<ref>` is the branch the change goes
 * into (origin/main in CI). The two dist folders are builds of the base and of the head.
 */
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { SITE } from '../site.config.mjs';
import {
  newProblems,
  parseNameStatus,
  renderSummary,
  sizeChanges,
  staleTranslations,
  touchedEntries,
} from '../src/contributor/index.ts';
import { checkContentSet, readContentDir, type ContentSet } from '../src/collections/index.ts';
import { readTranslations } from '../src/i18n/index.ts';
import { pageUrlOf } from '../src/search/index.ts';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    'base-dist': { type: 'string' },
    'head-dist': { type: 'string' },
  },
});
const base = values.base;
if (!base) {
  console.error('Usage: npm run pr-summary -- --base <ref> [--base-dist <dir> --head-dist <dir>]');
  process.exit(1);
}
const git = (...args: string[]) =>
  execFileSync('git', args, { encoding: 'utf8', maxBuffer: 1 << 26 });

/** Every file under `dir`, relative to `root`, with forward slashes. */
function filesUnder(dir: string, root: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** What the summary needs of one side's content: its problems and its translations. */
function contentState(content: ContentSet) {
  return {
    problems: checkContentSet(content).problems,
    translations: readTranslations(content).translations,
  };
}

/** The base's content state: its content/ unpacked from git into a temporary folder. */
function baseState(ref: string): ReturnType<typeof contentState> {
  const dir = mkdtempSync(join(tmpdir(), 'pr-summary-base-'));
  try {
    if (!git('ls-tree', '--name-only', ref, 'content/').trim()) {
      return { problems: [], translations: [] };
    }
    const archive = execFileSync('git', ['archive', '--format=tar', ref, 'content'], {
      maxBuffer: 1 << 28,
    });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
    // Named "content" inside the temporary folder, so problems name files as in the head.
    return contentState(readContentDir(join(dir, 'content')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The gzip size of every built page in `dist`, by URL. */
function pageSizes(dist: string): Map<string, number> {
  const root = resolve(dist);
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(
      `${dist} holds no built site (no index.html). Build it with npm run build -- --outDir ${dist}.`,
    );
  }
  return new Map(
    filesUnder(root, root)
      .filter((file) => file.endsWith('.html'))
      .map((file) => [pageUrlOf(file), gzipSync(readFileSync(join(root, file))).length]),
  );
}

// Three dots: what the head changed since it left the base, not what the base did meanwhile.
const changed = parseNameStatus(
  git('diff', '--name-status', '-M', `${base}...HEAD`, '--', 'content/'),
);
const head = contentState(readContentDir('content'));
const before = baseState(base);
let sizes;
if (values['base-dist'] && values['head-dist']) {
  const [before, after] = [pageSizes(values['base-dist']), pageSizes(values['head-dist'])];
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  sizes = {
    changes: sizeChanges(before, after),
    baseTotal: total(before),
    headTotal: total(after),
  };
}
const markdown = renderSummary({
  base,
  entries: touchedEntries(changed),
  problems: newProblems(before.problems, head.problems),
  stale: staleTranslations(head.translations, before.translations),
  ...(sizes ? { sizes } : {}),
  site: SITE.url,
});
const target = process.env['GITHUB_STEP_SUMMARY'];
if (target) appendFileSync(target, markdown);
else process.stdout.write(markdown);
