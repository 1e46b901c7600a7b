/**
 * Checks that need more than one file: ids that must name an existing entry of another
 * collection, quote ids unique within an actor, and an event's end date after its start.
 */
import { COLLECTIONS, REFERENCES, type CollectionName } from './collections.ts';
import { formatPath } from './issues.ts';
import { checkPlace } from './places.ts';
import { didYouMean } from './suggest.ts';
import type { Problem } from './types.ts';
import type { ParsedYaml } from './yaml-source.ts';

/**
 * A file whose YAML parsed, with what is needed to point back into it. Its data is checked even
 * when it failed its schema, so that all of a file's problems are reported in one run; every
 * check here therefore looks at the shape of the data before using it.
 */
export interface ParsedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: unknown;
  yaml: ParsedYaml;
}

/** Every value at a path pattern such as ['quotes', '*', 'sources', '*'], with its real path. */
function* expand(
  data: unknown,
  pattern: readonly string[],
  path: (string | number)[] = [],
): Generator<[(string | number)[], unknown]> {
  if (pattern.length === 0) {
    yield [path, data];
    return;
  }
  const [head, ...rest] = pattern;
  if (head === '*') {
    if (!Array.isArray(data)) return;
    for (const [i, item] of data.entries()) yield* expand(item, rest, [...path, i]);
  } else if (head !== undefined && data !== null && typeof data === 'object' && head in data) {
    yield* expand((data as Record<string, unknown>)[head], rest, [...path, head]);
  }
}

/**
 * Problems with references between entries. `ids` holds the ids of every file present in each
 * collection (valid or not, so one broken file does not cascade); `contentDir` is the content
 * folder as shown in messages, e.g. "content".
 */
export function checkReferences(
  entries: readonly ParsedEntry[],
  ids: ReadonlyMap<CollectionName, ReadonlySet<string>>,
  contentDir: string,
): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    for (const reference of REFERENCES.filter((r) => r.from === entry.collection)) {
      const known = ids.get(reference.to) ?? new Set<string>();
      const noun = COLLECTIONS.find((c) => c.name === reference.to)?.noun ?? reference.to;
      for (const [path, value] of expand(entry.data, reference.path)) {
        if (typeof value !== 'string' || known.has(value)) continue;
        problems.push({
          file: entry.file,
          line: entry.yaml.lineOf(path),
          message:
            `${formatPath(path)}: "${value}" is not ${noun}. Known ${reference.to} are listed in ` +
            `${contentDir}/${reference.to}/${didYouMean(value, known) || '.'}`,
        });
      }
    }
    problems.push(...checkRules(entry), ...checkPlace(entry));
  }
  return problems;
}

/** Rules within one entry that a schema cannot express. */
function checkRules(entry: ParsedEntry): Problem[] {
  const problems: Problem[] = [];
  const at = (path: (string | number)[], message: string) =>
    problems.push({ file: entry.file, line: entry.yaml.lineOf(path), message });
  const data = (typeof entry.data === 'object' ? entry.data : null) ?? {};
  const field = (name: string): unknown => (data as Record<string, unknown>)[name];
  const quotes = field('quotes');
  if (entry.collection === 'actors' && Array.isArray(quotes)) {
    const seen = new Map<string, number>();
    for (const [i, quote] of (quotes as unknown[]).entries()) {
      const id = (quote as { id?: unknown } | null)?.id;
      if (typeof id !== 'string') continue;
      const first = seen.get(id);
      if (first === undefined) {
        seen.set(id, i);
        continue;
      }
      at(
        ['quotes', i, 'id'],
        `quotes[${i}].id: "${id}" is already the id of quotes[${first}] ` +
          `(line ${entry.yaml.lineOf(['quotes', first, 'id'])}). ` +
          'Quote ids must be unique within an actor: rename one of them.',
      );
    }
  }
  const [date, endDate] = [field('date'), field('endDate')];
  if (entry.collection === 'events' && typeof endDate === 'string' && typeof date === 'string') {
    if (endDate < date) {
      at(
        ['endDate'],
        `endDate: ${endDate} is before date ${date}. ` +
          'The end date must be on or after the start date; swap them or fix the typo.',
      );
    }
  }
  return problems;
}
