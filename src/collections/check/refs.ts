/**
 * Checks that need more than one file: ids that must name an existing entry of another
 * collection, quote ids unique within an actor, an event's end date after its start, and the
 * fields each kind of place needs to be drawn (places.ts).
 */
import { COLLECTIONS, REFERENCES } from '../registry.ts';
import { formatPath } from './issues.ts';
import { checkPlace } from './places.ts';
import { didYouMean } from '../../shared/suggest.ts';
import type { Problem } from '../problems.ts';
import type { ContentSet, Entry } from '../reader.ts';
import type { ParsedYaml } from '../yaml-source.ts';

/** An entry whose YAML parsed, with what is needed to point back into it. */
type ParsedEntry = Entry & { yaml: ParsedYaml };

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
 * Problems with references between entries. The ids known are those of every file present in
 * each collection (valid or not, so one broken file does not cascade). An entry's data is checked
 * even when it failed its schema, so that all of a file's problems are reported in one run;
 * every check here therefore looks at the shape of the data before using it.
 */
export function checkReferences(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const parsed = content.entries.filter(
    (e): e is ParsedEntry => e.yaml !== undefined && e.data !== undefined,
  );
  for (const entry of parsed) {
    for (const reference of REFERENCES.filter((r) => r.from === entry.collection)) {
      const known = content.ids(reference.to);
      const noun = COLLECTIONS.find((c) => c.name === reference.to)?.noun ?? reference.to;
      for (const [path, value] of expand(entry.data, reference.path)) {
        if (typeof value !== 'string' || known.has(value)) continue;
        problems.push({
          file: entry.file,
          line: entry.yaml.lineOf(path),
          message:
            `${formatPath(path)}: "${value}" is not ${noun}. Known ${reference.to} are listed in ` +
            `${content.dir}/${reference.to}/${didYouMean(value, known) || '.'}`,
        });
      }
    }
    problems.push(...checkRules(entry), ...checkPlace(entry, content.dir));
  }
  problems.push(...issueQuoteProblems(content, parsed));
  return problems;
}

/** Each `actor-id/quote-id` of an issue must name a quotation of that actor. */
function issueQuoteProblems(content: ContentSet, parsed: readonly ParsedEntry[]): Problem[] {
  const quotes = new Map<string, string[]>();
  for (const actor of parsed.filter((e) => e.collection === 'actors')) {
    const list = (actor.data as { quotes?: unknown }).quotes;
    const ids = Array.isArray(list)
      ? list.map((q) => (q as { id?: unknown } | null)?.id).filter((id) => typeof id === 'string')
      : [];
    quotes.set(actor.id, ids as string[]);
  }
  const problems: Problem[] = [];
  for (const issue of parsed.filter((e) => e.collection === 'issues')) {
    const list = (issue.data as { quotes?: unknown }).quotes;
    if (!Array.isArray(list)) continue;
    for (const [i, value] of list.entries()) {
      if (typeof value !== 'string' || !value.includes('/')) continue;
      const [actor = '', quote = ''] = value.split('/');
      const known = quotes.get(actor);
      const at = { file: issue.file, line: issue.yaml.lineOf(['quotes', i]) };
      if (!known) {
        problems.push({
          ...at,
          message:
            `quotes[${i}]: "${actor}" is not an actor. Known actors are listed in ` +
            `${content.dir}/actors/${didYouMean(actor, quotes.keys()) || '.'}`,
        });
      } else if (!known.includes(quote)) {
        problems.push({
          ...at,
          message:
            `quotes[${i}]: ${actor} has no quotation "${quote}". Its quotations are: ` +
            `${known.join(', ') || 'none'}${didYouMean(quote, known)}.`,
        });
      }
    }
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
