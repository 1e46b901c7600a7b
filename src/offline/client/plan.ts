/**
 * What the offline worker saves and when: pure functions over the build's manifest, shared by the
 * worker (./sw.ts), the save-everything control (./save-all.ts) and the unit tests. The manifest
 * itself is written after each build by src/offline/manifest.ts.
 */

/** How a file is used, which decides when it is saved. */
export type FileGroup =
  /** Styles, scripts and icons every page needs: saved ahead, within the budget. */
  | 'asset'
  /** An HTML page: saved ahead when it is in the reading order, else when it is read. */
  | 'page'
  /** A download (data files, the feed): saved with the whole edition of its language. */
  | 'file'
  /** The search index and its code: saved together the first time search is used. */
  | 'search';

/** One file the worker may save. */
export interface ManifestFile {
  /** The address readers use: `/the-plan/`, `/_astro/x.css`. */
  url: string;
  /** A hash of the file's content: a new revision is downloaded again, an unchanged one never. */
  rev: string;
  /** Its size compressed with gzip, as a host sends it. */
  bytes: number;
  group: FileGroup;
  /** The language code of a page or file; absent for what every language shares. */
  lang?: string;
  /** A page's title, for the list of saved pages shown offline. */
  title?: string;
}

/** Everything the worker knows of the build. */
export interface OfflineManifest {
  /** The language codes, the source language first. */
  languages: string[];
  /** The pages of the reading order, in order, for each language. */
  readingOrder: Record<string, string[]>;
  /** The most a first visit saves ahead, in gzip bytes, whatever the size of the site. */
  budget: number;
  /** The `lang` attribute of each language's pages: "en-GB", "uk". */
  htmlLang: Record<string, string>;
  /** The stylesheets of the site's pages, for the page the worker writes itself offline. */
  stylesheets: string[];
  files: ManifestFile[];
}

/** The most a first visit saves ahead: 500 KB of gzip, whatever the number of pages. */
export const FIRST_VISIT_BUDGET = 500 * 1024;

/** The language of an address: the code of its first path segment, else the source language. */
export function languageOfPath(pathname: string, languages: readonly string[]): string {
  const first = /^\/([^/]+)\//.exec(pathname)?.[1];
  return first !== undefined && languages.includes(first) ? first : (languages[0] ?? 'en');
}

/**
 * What a first visit saves ahead for a reader of `lang` reading `current`: the styles and scripts,
 * then the pages being read, then the reading order, in that order of need, leaving out whatever
 * would go over the budget. It never depends on how many other pages the site has.
 */
export function shellFor(
  manifest: OfflineManifest,
  lang: string,
  current: readonly string[] = [],
): ManifestFile[] {
  const byUrl = new Map(manifest.files.map((file) => [file.url, file]));
  const assets = manifest.files
    .filter((file) => file.group === 'asset')
    // Styles first (every page needs them), then the smallest scripts, so a big one cannot
    // crowd out the rest.
    .sort(
      (a, b) =>
        Number(b.url.endsWith('.css')) - Number(a.url.endsWith('.css')) ||
        a.bytes - b.bytes ||
        a.url.localeCompare(b.url),
    );
  const pages = [...current, ...(manifest.readingOrder[lang] ?? [])]
    .map((url) => byUrl.get(url))
    .filter((file): file is ManifestFile => file?.group === 'page');
  const chosen: ManifestFile[] = [];
  const seen = new Set<string>();
  let total = 0;
  for (const file of [...assets, ...pages]) {
    if (seen.has(file.url) || total + file.bytes > manifest.budget) continue;
    seen.add(file.url);
    total += file.bytes;
    chosen.push(file);
  }
  return chosen;
}

/** The total size of some files, in gzip bytes. */
export const totalBytes = (files: readonly ManifestFile[]): number =>
  files.reduce((sum, file) => sum + file.bytes, 0);

/**
 * The whole edition of one language: every page and download in it, what every language shares,
 * and the search index (so search works offline over what is saved).
 */
export function editionOf(manifest: OfflineManifest, lang: string): ManifestFile[] {
  return manifest.files.filter((file) => file.lang === undefined || file.lang === lang);
}

/** What a new build means for the saved copy. */
export interface RevisionDiff {
  /** Saved files whose content changed: downloaded again. */
  changed: string[];
  /** Saved files the new build no longer has: deleted. */
  gone: string[];
  /** Saved files that did not change: kept as they are, never downloaded again. */
  kept: string[];
}

/** Compare the saved files (address → revision) with a new build's manifest. */
export function revisionDiff(
  saved: ReadonlyMap<string, string>,
  manifest: OfflineManifest,
): RevisionDiff {
  const revs = new Map(manifest.files.map((file) => [file.url, file.rev]));
  const diff: RevisionDiff = { changed: [], gone: [], kept: [] };
  for (const [url, rev] of saved) {
    const now = revs.get(url);
    if (now === undefined) diff.gone.push(url);
    else if (now === rev) diff.kept.push(url);
    else diff.changed.push(url);
  }
  return diff;
}

/** The files of `files` not yet saved at their current revision. */
export function missing(
  files: readonly ManifestFile[],
  saved: ReadonlyMap<string, string>,
): ManifestFile[] {
  return files.filter((file) => saved.get(file.url) !== file.rev);
}
