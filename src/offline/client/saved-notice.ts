/** The notice the service worker puts at the top of a page it serves from its saved copy. */
import { fill, wordsFor } from './strings.ts';

/**
 * Put the saved-copy notice first in a page's body, with the date the copy was saved, in the
 * language `lang` (a code of src/i18n/locales.ts; English by default).
 */
export function injectSavedNotice(html: string, savedAt: string, lang = 'en'): string {
  const words = wordsFor(lang);
  const date = new Date(savedAt);
  const when = Number.isNaN(date.getTime())
    ? words.earlierVisit
    : date.toLocaleString(words.locale, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      });
  const notice =
    `<div class="saved-copy" role="status"><p><strong>${words.savedCopy}</strong> ` +
    `${fill(words.savedOn, { when })}</p></div>`;
  const body = /<body[^>]*>/i.exec(html);
  if (!body) return notice + html;
  const at = body.index + body[0].length;
  return html.slice(0, at) + notice + html.slice(at);
}
