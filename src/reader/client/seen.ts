/**
 * "New since your last visit" for the list of updates, as pure functions. The browser keeps the ids
 * of the updates a reader has seen in localStorage (src/reader/client/updates-seen.ts); nothing is sent
 * anywhere. This module imports nothing, since it is bundled into that script.
 */

/** The localStorage key. */
export const SEEN_KEY = 'ppe:updates-seen';

/** A new visit starts when the list was last shown longer ago than this. */
export const VISIT_GAP_MS = 30 * 60 * 1000;

/**
 * What the browser remembers: the update ids seen so far, when a list of updates was last shown,
 * and which updates were new at the start of the current visit (so they stay marked while the
 * reader moves between the home page and the updates page).
 */
export interface Seen {
  ids: string[];
  at: string;
  fresh: string[];
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** Read the stored value; anything unreadable counts as a first visit. */
export function parseSeen(raw: string | null): Seen | undefined {
  if (!raw) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return undefined;
    const { ids, at, fresh } = value as Record<string, unknown>;
    if (!Array.isArray(ids) || typeof at !== 'string') return undefined;
    return { ids: strings(ids), at, fresh: strings(fresh) };
  } catch {
    return undefined;
  }
}

/**
 * Mark a showing of the list. Returns the shown updates to mark as new, and what to store.
 * On a first visit nothing is marked: there is no earlier visit to compare with.
 */
export function showUpdates(
  seen: Seen | undefined,
  shown: readonly string[],
  now: Date,
): { unseen: string[]; next: Seen } {
  if (!seen)
    return { unseen: [], next: { ids: [...new Set(shown)], at: now.toISOString(), fresh: [] } };
  const last = Date.parse(seen.at);
  const sameVisit = Number.isFinite(last) && now.getTime() - last < VISIT_GAP_MS;
  const newNow = shown.filter((id) => !seen.ids.includes(id));
  const fresh = [...new Set([...(sameVisit ? seen.fresh : []), ...newNow])];
  return {
    unseen: shown.filter((id) => fresh.includes(id)),
    next: { ids: [...new Set([...seen.ids, ...shown])], at: now.toISOString(), fresh },
  };
}
