/**
 * What a translator translates in each collection: the text fields a reader sees. Everything
 * else (ids, dates, sides, statuses, source lists, order) is the same in every language and is
 * taken from the English entry, so a translation cannot contradict it.
 */

/** A list of objects translated item by item, matched to the English by a key field. */
export interface TranslatableList {
  /** The field that identifies an item in both languages: "id", "actor". */
  key: string;
  /** The item's text fields. */
  fields: readonly string[];
}

/** The translatable parts of one collection's entries. */
export interface Translatable {
  /** Text fields, translated one for one. */
  fields: readonly string[];
  /** Lists of strings translated item for item, in the same order: a source's `relays`. */
  stringLists?: readonly string[];
  /** Lists of objects translated item by item. */
  lists?: Readonly<Record<string, TranslatableList>>;
  /**
   * Fields a translation writes for itself rather than from the English: the spellings that
   * readers of that language search for.
   */
  own?: readonly string[];
  /** Whether the entry has a Markdown body that is translated block for block. */
  body?: boolean;
}

/** Every collection that can be translated, by collection name. */
export const TRANSLATABLE: Readonly<Record<string, Translatable>> = {
  pages: { fields: ['title', 'description', 'summary', 'navLabel'], body: true },
  updates: { fields: ['title'], body: true },
  actors: {
    fields: ['name', 'role', 'summary', 'position'],
    lists: { quotes: { key: 'id', fields: ['text', 'context'] } },
    own: ['aliases'],
  },
  events: { fields: ['title', 'place', 'summary'] },
  provisions: {
    fields: ['title', 'original', 'revision'],
    lists: { positions: { key: 'actor', fields: ['position'] } },
  },
  glossary: { fields: ['term', 'definition'], own: ['aliases'] },
  sources: { fields: ['title', 'note'], stringLists: ['relays'] },
  issues: { fields: ['label'] },
  places: { fields: ['name', 'note'], own: ['aliases'] },
};

/** The field of a translation that records the English it was made from. */
export const STAMP_FIELD = 'translation';
