/** The notice the service worker puts at the top of a page it serves from its saved copy. */

/** Put the saved-copy notice first in a page's body, with the date the copy was saved. */
export function injectSavedNotice(html: string, savedAt: string): string {
  const date = new Date(savedAt);
  const when = Number.isNaN(date.getTime())
    ? 'an earlier visit'
    : date.toLocaleString('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      });
  const notice =
    '<div class="saved-copy" role="status"><p><strong>You are reading a saved copy</strong> ' +
    `(saved on ${when}). The network could not be reached, so it may be out of date; it updates ` +
    'when the connection returns.</p></div>';
  const body = /<body[^>]*>/i.exec(html);
  if (!body) return notice + html;
  const at = body.index + body[0].length;
  return html.slice(0, at) + notice + html.slice(at);
}
