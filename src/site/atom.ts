/** The Atom feed of updates (RFC 4287), built as a string so it needs no dependency. */

export interface FeedEntry {
  id: string;
  title: string;
  date: string;
  url: string;
  html: string;
}

export interface Feed {
  title: string;
  /** The feed's author, in the feed's language. Default: "<title> contributors". */
  author?: string;
  siteUrl: string;
  feedUrl: string;
  entries: readonly FeedEntry[];
}

function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** The feed's XML. Entries are sorted newest first; the feed's date is the newest entry's. */
export function atomFeed(feed: Feed): string {
  const entries = [...feed.entries].sort((a, b) => b.date.localeCompare(a.date));
  const updated = `${entries[0]?.date ?? '1970-01-01'}T00:00:00Z`;
  const items = entries.map(
    (e) => `  <entry>
    <id>${escapeXml(e.url)}</id>
    <title>${escapeXml(e.title)}</title>
    <link href="${escapeXml(e.url)}"/>
    <updated>${e.date}T00:00:00Z</updated>
    <content type="html">${escapeXml(e.html)}</content>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escapeXml(feed.title)}</title>
  <id>${escapeXml(feed.siteUrl)}</id>
  <link href="${escapeXml(feed.siteUrl)}"/>
  <link rel="self" href="${escapeXml(feed.feedUrl)}"/>
  <updated>${updated}</updated>
  <author><name>${escapeXml(feed.author ?? `${feed.title} contributors`)}</name></author>
${items.join('\n')}
</feed>
`;
}
