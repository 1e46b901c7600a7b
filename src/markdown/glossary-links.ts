/**
 * Finding glossary terms in running text, for the remark plugin that links each term's first use
 * on a page to its glossary entry. Pure: the plugin reads content/glossary/ and walks the tree.
 */

/** The fields of a glossary entry the linker needs. */
export interface GlossaryTerm {
  id: string;
  term: string;
  aliases: readonly string[];
  definition: string;
}

/** A term found in a string. */
export interface TermMatch {
  id: string;
  start: number;
  end: number;
  /** The words as written in the text. */
  text: string;
}

/** A compiled matcher for a set of terms. */
export interface TermMatcher {
  pattern: RegExp;
  /** Each name (term or alias), lower-cased, to its term id and whether its case must match. */
  names: Map<string, { id: string; name: string; exactCase: boolean }>;
}

// Acronyms and other all-capital names (NATO, OFAC) must match their case, so that an ordinary
// word spelled the same way in lower case is never linked.
const isAllCaps = (name: string): boolean => /\p{Lu}/u.test(name) && name === name.toUpperCase();

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Compile the terms and their aliases into one pattern. Longer names come first, so "Donbas
 * region" wins over "Donbas"; names match whole words only, and case-insensitively unless they
 * are written in capitals. Returns undefined when there are no terms.
 */
export function buildTermMatcher(terms: readonly GlossaryTerm[]): TermMatcher | undefined {
  const names = new Map<string, { id: string; name: string; exactCase: boolean }>();
  for (const term of terms) {
    for (const name of [term.term, ...term.aliases]) {
      const clean = name.trim().replace(/\s+/g, ' ');
      if (clean === '' || names.has(clean.toLowerCase())) continue;
      names.set(clean.toLowerCase(), { id: term.id, name: clean, exactCase: isAllCaps(clean) });
    }
  }
  if (names.size === 0) return undefined;
  const alternatives = [...names.values()]
    .map((n) => n.name)
    .sort((a, b) => b.length - a.length)
    .map((name) => escape(name).replace(/\s+/g, '\\s+'));
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}_-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_-])`,
    'giu',
  );
  return { pattern, names };
}

// Citation and status markers (`[@id, citing X]`, `[!unknown]`) are syntax for other plugins, not
// prose: a term inside them must never become a link.
const MARKERS = /\[[@!][^\]\n]*\]/g;

/**
 * The first use of each term in `text` that is not in `linked`, in order. The ids found are added
 * to `linked`, so calling this on each text node of a page links every term once per page.
 */
export function findFirstUses(
  text: string,
  matcher: TermMatcher,
  linked: Set<string>,
): TermMatch[] {
  const masked = text.replace(MARKERS, (m) => ' '.repeat(m.length));
  const found: TermMatch[] = [];
  for (const m of masked.matchAll(matcher.pattern)) {
    const entry = matcher.names.get(m[0].replace(/\s+/g, ' ').toLowerCase());
    if (!entry || linked.has(entry.id)) continue;
    if (entry.exactCase && m[0] !== entry.name) continue;
    linked.add(entry.id);
    found.push({ id: entry.id, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return found;
}

/** The term id a link points to, when it points to a glossary entry (`/glossary/#id`). */
export function glossaryTarget(url: string): string | undefined {
  const match = /^(?:https?:\/\/[^/]+)?\/glossary\/#([a-z0-9-]+)$/.exec(url);
  return match?.[1];
}
