/**
 * The content check's thin I/O layer: read every file under a content folder, then hand them to
 * the pure core.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { checkContent } from './check.ts';
import type { ContentFile, Problem } from '../problems.ts';

/** Every file under `dir` (recursively), with paths relative to `root` using forward slashes. */
export function readContentFiles(dir: string, root: string): ContentFile[] {
  const entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((path) => ({
      path: relative(root, path).split(sep).join('/'),
      text: readFileSync(path, 'utf8'),
    }));
}

/**
 * Check the content folder at `contentDir` (an absolute path, or relative to the working
 * directory). File names in problems are relative to the folder that contains it, so the site's
 * problems read "content/events/x.yaml".
 */
export function checkContentDir(contentDir: string): Problem[] {
  const root = dirname(contentDir);
  return checkContent(readContentFiles(contentDir, root), basename(contentDir));
}
