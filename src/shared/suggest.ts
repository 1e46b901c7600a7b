/**
 * "Did you mean …?" for mistyped ids and words: the closest known value by edit distance, if it is
 * close enough to be a plausible typo rather than a different thing altogether.
 */

/**
 * The edit distance between two strings: insertions, deletions, substitutions, and swaps of two
 * neighbouring letters (a common typo: "Zelesnkyy"), each counting one. Used for "did you mean"
 * and by search to tell another spelling of a name from another word.
 */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The known value closest to `value`, or undefined when none is within a third of its length
 * (at least 2 edits), or when several are equally close. Failing that, the one known value that
 * `value` is the start of.
 */
export function closest(value: string, known: Iterable<string>): string | undefined {
  const candidates = [...known]; // iterated twice below, and `known` may be a one-shot iterator
  const limit = Math.max(2, Math.floor(value.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const candidate of candidates) {
    const distance = editDistance(value.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      [best, bestDistance, tie] = [candidate, distance, false];
    } else if (distance === bestDistance && candidate !== best) {
      tie = true;
    }
  }
  if (best !== undefined && bestDistance <= limit && !tie) return best;
  // A shortened id ("newscapital" for "newscapital-2025-11-25") is a typo of a different kind.
  const extensions = candidates.filter((candidate) => candidate.startsWith(`${value}-`));
  return value.length >= 3 && extensions.length === 1 ? extensions[0] : undefined;
}

/** ` (did you mean "x"?)` or the empty string, ready to append to a message. */
export function didYouMean(value: string, known: Iterable<string>): string {
  const suggestion = closest(value, known);
  return suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`;
}
