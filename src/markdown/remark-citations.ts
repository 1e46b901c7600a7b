/**
 * Pandoc-style citations in .md and .mdx: `[@id]`, `[@id, citing NBC News]`, `[@a; @b]`.
 *
 * Each cited source becomes a numbered marker, `<sup class="cite"><a href="#ref-id" id="cite-k">
 * [n]</a></sup>`, numbered by first appearance in the file; the file then ends with a
 * "References" section listing each source (outlet, linked title, date, what it relays) with
 * links back to every marker that cites it. An unknown source id stops the build at its file and
 * line. The cited ids are left in `frontmatter.citedSources` for the layout.
 */
import type { ElementContent } from 'hast';
import type { ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import type {} from 'mdast-util-to-hast';
import type { Plugin } from 'unified';
import {
  findCitations,
  malformedCitationMessage,
  unknownSourceMessage,
  type CitationItem,
} from './citations.ts';
import { formatDate } from '../i18n/format.ts';
import { languageOfFile } from '../i18n/locales.ts';
import { t, templateParts } from '../i18n/dictionaries/index.ts';
import type { Source } from '../collections/schemas.ts';
import { markerError, replaceMarkers, setFrontmatter } from './remark-markers.ts';

/** Options of the citations plugin. */
export interface CitationsOptions {
  /**
   * The sources by id (see loadSources() in src/collections/load-sources.ts), or a function returning
   * them, called once per file, so a dev server can pick up a source added while it runs.
   */
  sources: ReadonlyMap<string, Source> | (() => ReadonlyMap<string, Source>);
}

/** The citations of one file, in order of first appearance. */
interface Cited {
  id: string;
  source: Source;
  /** The markers citing it: their element ids and notes ("citing NBC News"). */
  markers: { anchor: string; note: string | undefined }[];
}

const remarkCitations: Plugin<[CitationsOptions], Root> = (options) => (tree, file) => {
  const sources = typeof options.sources === 'function' ? options.sources() : options.sources;
  // A translation (content/<collection>/<code>/…) gets its references in its own language.
  const code = languageOfFile(file.path);
  const cited = new Map<string, Cited>();
  let markerCount = 0;

  replaceMarkers(tree, '@', findCitations, (found, at) => {
    if ('error' in found.value) {
      throw markerError(file, at, malformedCitationMessage(found.raw, found.value.error));
    }
    return found.value.items.map((item: CitationItem): PhrasingContent => {
      const source = sources.get(item.id);
      if (!source) {
        throw markerError(file, at, unknownSourceMessage(item.id, found.raw, sources.keys()));
      }
      const entry = cited.get(item.id) ?? { id: item.id, source, markers: [] };
      cited.set(item.id, entry);
      const anchor = `cite-${++markerCount}`;
      entry.markers.push({ anchor, note: item.note });
      const number = [...cited.keys()].indexOf(item.id) + 1;
      return marker(number, entry, anchor, item.note, code);
    });
  });

  setFrontmatter(file, 'citedSources', [...cited.keys()]);
  if (cited.size > 0) tree.children.push(...references([...cited.values()], code));
};

export default remarkCitations;

/** `<sup class="cite"><a …>[n]</a></sup>`, built as hast inside an mdast text node. */
function marker(
  number: number,
  entry: Cited,
  anchor: string,
  note: string | undefined,
  code: string,
): PhrasingContent {
  const outlet = entry.source.outlet;
  const label = note
    ? t(code, 'citations.markerWithNote', { number, outlet, note })
    : t(code, 'citations.marker', { number, outlet });
  const link: ElementContent = {
    type: 'element',
    tagName: 'a',
    properties: { href: `#ref-${entry.id}`, id: anchor, ariaLabel: label },
    children: [{ type: 'text', value: `[${number}]` }],
  };
  return {
    type: 'text',
    value: `[${number}]`,
    data: { hName: 'sup', hProperties: { className: ['cite'] }, hChildren: [link] },
  };
}

/** The "References" heading and its ordered list. */
function references(cited: Cited[], code: string): RootContent[] {
  return [
    {
      type: 'heading',
      depth: 2,
      data: { hProperties: { id: 'references' } },
      children: [{ type: 'text', value: t(code, 'citations.references') }],
    },
    {
      type: 'list',
      ordered: true,
      start: 1,
      spread: false,
      data: { hProperties: { className: ['references'] } },
      children: cited.map((c) => reference(c, code)),
    },
  ];
}

/** One reference: outlet, linked title, date, what it relays, and links back to its markers. */
function reference({ id, source, markers }: Cited, code: string): ListItem {
  const relays =
    source.relays.length > 0
      ? ` ${t(code, 'citations.relays', { relays: source.relays.join('; ') })}`
      : '';
  const backlinks = markers.flatMap(({ anchor, note }, i): PhrasingContent[] => [
    { type: 'text', value: ' ' },
    {
      type: 'link',
      url: `#${anchor}`,
      data: {
        hProperties: {
          className: ['cite-back'],
          ariaLabel: note
            ? t(code, 'citations.backWithNote', { number: i + 1, note })
            : t(code, 'citations.back', { number: i + 1 }),
        },
      },
      children: [{ type: 'text', value: markers.length > 1 ? `↩ ${i + 1}` : '↩' }],
    },
  ]);
  return {
    type: 'listItem',
    spread: false,
    data: { hProperties: { id: `ref-${id}` } },
    children: [
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: `${source.outlet}, ` },
          { type: 'link', url: source.url, children: [{ type: 'text', value: source.title }] },
          ...published(source.published, code),
          ...(relays ? [{ type: 'text' as const, value: relays }] : []),
          ...backlinks,
        ],
      },
    ],
  };
}

/**
 * ", published <time>25 November 2025</time>." in the language `code` (the dictionary's text ends
 * the sentence), or the full stop alone when the day is not known.
 */
function published(date: string | undefined, code: string): PhrasingContent[] {
  if (!date) return [{ type: 'text', value: '.' }];
  return [
    { type: 'text', value: ', ' },
    ...templateParts(t(code, 'sources.published')).map((part): PhrasingContent =>
      typeof part === 'string'
        ? { type: 'text', value: part }
        : {
            type: 'text',
            value: formatDate(date, code),
            data: { hName: 'time', hProperties: { dateTime: date } },
          },
    ),
  ];
}
