/** The notice the service worker puts at the top of a page it serves from its saved copy. */

/**
 * The notice's words in each language of the site (src/i18n/locales.ts): copies of the
 * dictionaries' `offline` texts, which the service worker cannot import; a unit test keeps them
 * equal. `{when}` is the date and time the copy was saved, or `earlierVisit`.
 */
export const SAVED_WORDS: Readonly<
  Record<string, { savedCopy: string; savedOn: string; earlierVisit: string }>
> = {
  en: {
    savedCopy: 'You are reading a saved copy',
    savedOn:
      '(saved on {when}). The network could not be reached, so it may be out of date; it updates when the connection returns.',
    earlierVisit: 'an earlier visit',
  },
  uk: {
    savedCopy: 'Ви читаєте збережену копію',
    savedOn:
      '(збережено {when}). Мережа недоступна, тож копія може бути застарілою; вона оновиться, щойно з’єднання відновиться.',
    earlierVisit: 'під час попереднього візиту',
  },
};

/** The page's language tag from its `<html lang>`, "en-GB" when it has none. */
function langOf(html: string): string {
  return /<html\b[^>]*\slang="([^"]+)"/i.exec(html)?.[1] ?? 'en-GB';
}

/**
 * Put the saved-copy notice first in a page's body, with the date the copy was saved, in the
 * page's language.
 */
export function injectSavedNotice(html: string, savedAt: string): string {
  const lang = langOf(html);
  const words = SAVED_WORDS[lang.toLowerCase().split('-')[0] ?? ''] ?? SAVED_WORDS['en']!;
  const date = new Date(savedAt);
  const when = Number.isNaN(date.getTime())
    ? words.earlierVisit
    : date.toLocaleString(lang, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      });
  const notice =
    `<div class="saved-copy" role="status"><p><strong>${words.savedCopy}</strong> ` +
    `${words.savedOn.replace('{when}', when)}</p></div>`;
  const body = /<body[^>]*>/i.exec(html);
  if (!body) return notice + html;
  const at = body.index + body[0].length;
  return html.slice(0, at) + notice + html.slice(at);
}
