/**
 * Loads content/sources/ for the citations plugin, which runs inside the Markdown pipeline and so
 * cannot use astro:content. Lenient on purpose: a broken source file is skipped here and reported,
 * with its file and line, by the content check, which runs before any Markdown is compiled.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { SourceSchema, type Source } from './schemas.ts';

/** Every valid source in `dir` (a path or file: URL), keyed by id (the file name). */
export function loadSources(dir: string | URL): Map<string, Source> {
  const folder = dir instanceof URL ? fileURLToPath(dir) : dir;
  const sources = new Map<string, Source>();
  for (const name of readdirSync(folder).sort()) {
    const match = /^(.+)\.ya?ml$/.exec(name);
    if (!match?.[1]) continue;
    let data: unknown;
    try {
      data = parse(readFileSync(`${folder}/${name}`, 'utf8'));
    } catch {
      continue;
    }
    const result = SourceSchema.safeParse(data);
    if (result.success) sources.set(match[1], result.data);
  }
  return sources;
}
