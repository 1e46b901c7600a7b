/**
 * The search UI's words in each language of the site (the codes of src/i18n/locales.ts), picked
 * by the page's `<html lang>`. Browser code cannot read the build's dictionaries, so these are
 * copies of their `search` texts, in the same form (`{query}` placeholders, plural forms); a unit
 * test keeps them equal. Imports nothing.
 */

/** A counted text: one text per plural form of the language, `{n}` for the number. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The search UI's words of one language. */
export interface SearchWords {
  dialog: { label: string; placeholder: string; close: string; hint: string };
  resultsLabel: string;
  more: string;
  noWords: string;
  noResults: string;
  noResultsGlossary: string;
  results: Plural;
  resultsRespelled: Plural;
  loadError: string;
  filters: { kind: string; side: string };
  kinds: {
    page: string;
    actor: string;
    event: string;
    term: string;
    provision: string;
    source: string;
  };
}

/** The words, by language code. */
export const SEARCH_WORDS: Readonly<Record<string, SearchWords>> = {
  en: {
    dialog: {
      label: 'Search the explainer',
      placeholder: 'Names, places, provisions…',
      close: 'Close',
      hint: '↑ ↓ to move · Enter to open · Esc to close',
    },
    resultsLabel: 'Search results',
    more: 'Show more results',
    noWords: 'No results for “{query}”. Search for a word or a name.',
    noResults:
      'No results for “{query}”. Check the spelling or try fewer words, or browse the {glossary}.',
    noResultsGlossary: 'glossary',
    results: { one: '{n} result for “{query}”.', other: '{n} results for “{query}”.' },
    resultsRespelled: {
      one: '{n} result for “{query}” (searched as “{search}”).',
      other: '{n} results for “{query}” (searched as “{search}”).',
    },
    loadError: 'Search could not load. Check your connection and try again.',
    filters: { kind: 'Kind', side: 'Side' },
    kinds: {
      page: 'Explainer page',
      actor: 'Actor',
      event: 'Event',
      term: 'Glossary term',
      provision: 'Provision',
      source: 'Source',
    },
  },
  uk: {
    dialog: {
      label: 'Пошук на сайті',
      placeholder: 'Імена, місця, пункти плану…',
      close: 'Закрити',
      hint: '↑ ↓ — вибір · Enter — відкрити · Esc — закрити',
    },
    resultsLabel: 'Результати пошуку',
    more: 'Показати ще результати',
    noWords: 'За запитом «{query}» нічого не знайдено. Введіть слово або ім’я.',
    noResults:
      'За запитом «{query}» нічого не знайдено. Перевірте написання, спробуйте менше слів або перегляньте {glossary}.',
    noResultsGlossary: 'словник',
    results: {
      one: '{n} результат за запитом «{query}».',
      few: '{n} результати за запитом «{query}».',
      many: '{n} результатів за запитом «{query}».',
      other: '{n} результату за запитом «{query}».',
    },
    resultsRespelled: {
      one: '{n} результат за запитом «{query}» (шукали «{search}»).',
      few: '{n} результати за запитом «{query}» (шукали «{search}»).',
      many: '{n} результатів за запитом «{query}» (шукали «{search}»).',
      other: '{n} результату за запитом «{query}» (шукали «{search}»).',
    },
    loadError: 'Не вдалося завантажити пошук. Перевірте з’єднання й спробуйте ще раз.',
    filters: { kind: 'Тип', side: 'Сторона' },
    kinds: {
      page: 'Стаття',
      actor: 'Учасник',
      event: 'Подія',
      term: 'Термін словника',
      provision: 'Пункт плану',
      source: 'Джерело',
    },
  },
};

/** The language code of a `lang` tag: "en-GB" → "en". */
const codeOfTag = (tag: string): string => tag.toLowerCase().split('-')[0] ?? '';

/** The words for a page's `<html lang>`; English for a language that has none. */
export function searchWordsFor(htmlLang: string): SearchWords {
  return SEARCH_WORDS[codeOfTag(htmlLang)] ?? (SEARCH_WORDS['en'] as SearchWords);
}

/** A text with its `{name}` placeholders filled in; unfilled ones are left as they are. */
export function fillWords(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** A counted text for `count` in the language of `htmlLang`, `{n}` written as it writes numbers. */
export function countWords(
  forms: Plural,
  count: number,
  htmlLang: string,
  values: Readonly<Record<string, string>> = {},
): string {
  const rule = new Intl.PluralRules(htmlLang || 'en').select(count);
  const n = new Intl.NumberFormat(htmlLang || 'en').format(count);
  return fillWords(forms[rule] ?? forms.other, { ...values, n });
}

/**
 * A site path in the page's language: ("/glossary/", "uk") → "/uk/glossary/". English, the
 * source language, lives at the root (src/i18n/locales.ts); every other language under its code.
 */
export function localPath(path: string, htmlLang: string): string {
  const code = codeOfTag(htmlLang);
  return code === 'en' || !SEARCH_WORDS[code] ? path : `/${code}${path}`;
}
