/**
 * Link previews and structured data of the built site, read as an unfurler and a search engine
 * read them: every page names its social card (absolute URL, size, alt text, the large card
 * type), the card is there as a 1200×630 PNG under 100 KB, and every page's JSON-LD parses
 * and says what the page is, in its language, with its dates, publisher, breadcrumbs, sources
 * and, on an actor's page, the person or organisation.
 */
import { describe, expect, it } from 'vitest';
import { SITE } from '../../site.config.mjs';
import {
  distFiles,
  fileForPath,
  pages,
  readDist,
  shown,
  SITE_ORIGIN,
  type Page,
} from './helpers/dist.ts';
import { attr, byTag, elements, textOf, tree } from './helpers/html.ts';
import { brokenReason } from './helpers/links.ts';

const KB = 1024;

/** The page's meta tags by property or name (the first of each). */
function metaOf(page: Page): Map<string, string> {
  const found = new Map<string, string>();
  for (const { node } of elements(tree(page))) {
    if (node.tagName !== 'meta') continue;
    const key = attr(node, 'property') ?? attr(node, 'name');
    if (key && !found.has(key)) found.set(key, attr(node, 'content') ?? '');
  }
  return found;
}

/** The width and height in a PNG's header, or undefined when the bytes are not a PNG. */
function pngSize(png: Buffer): { width: number; height: number } | undefined {
  if (png.length < 24 || png.subarray(1, 4).toString('latin1') !== 'PNG') return undefined;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

type Node = Record<string, unknown>;

/** The page's JSON-LD blocks, parsed; a block that does not parse is reported as a string. */
function jsonLd(page: Page): Array<Node | string> {
  return byTag(tree(page), 'script')
    .filter((s) => attr(s, 'type') === 'application/ld+json')
    .map((s) => {
      const text = s.children.map((c) => ('value' in c ? c.value : '')).join('');
      try {
        return JSON.parse(text) as Node;
      } catch (error) {
        return `does not parse: ${(error as Error).message}`;
      }
    });
}

const isDay = (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

describe('link-preview meta', () => {
  it('every page names its card: absolute og:image, 1200×630, alt text, summary_large_image', () => {
    const problems = pages().flatMap((page) => {
      const meta = metaOf(page);
      const at = shown(page.file);
      const image = meta.get('og:image') ?? '';
      const found: string[] = [];
      if (!image.startsWith(`${SITE_ORIGIN}/social/`) || !image.endsWith('.png'))
        found.push(
          `${at}: og:image "${image}" is not an absolute URL of a card on ${SITE_ORIGIN}.`,
        );
      if (meta.get('og:image:width') !== '1200' || meta.get('og:image:height') !== '630')
        found.push(`${at}: og:image:width/height are not 1200 and 630.`);
      const alt = meta.get('og:image:alt') ?? '';
      const title = meta.get('og:title') ?? '';
      if (!title || !alt.includes(title))
        found.push(`${at}: og:image:alt "${alt}" does not name the title.`);
      if (meta.get('twitter:card') !== 'summary_large_image')
        found.push(
          `${at}: twitter:card is "${meta.get('twitter:card')}", not summary_large_image.`,
        );
      if (meta.get('twitter:image') !== image)
        found.push(`${at}: twitter:image differs from og:image.`);
      if (!meta.get('article:section')) found.push(`${at}: has no article:section.`);
      return found;
    });
    expect(problems).toEqual([]);
  });

  it("every page's card is in the build: a 1200×630 PNG under 100 KB", () => {
    const problems = pages().flatMap((page) => {
      const path = new URL(metaOf(page).get('og:image') ?? '/', SITE_ORIGIN).pathname;
      const file = fileForPath(path);
      const png = file ? readDist(file) : undefined;
      if (!png) return [`${shown(page.file)}: its card ${path} is not in the build.`];
      const size = pngSize(png);
      if (!size || size.width !== 1200 || size.height !== 630)
        return [
          `${shown(file ?? path)}: is ${size ? `${size.width}×${size.height}` : 'not a PNG'}.`,
        ];
      if (png.length >= 100 * KB)
        return [`${shown(file ?? path)}: ${png.length} bytes, over 100 KB.`];
      return [];
    });
    expect(problems).toEqual([]);
  });

  it('draws no card that no page uses, and keeps cards out of the offline copy', () => {
    const used = new Set(pages().map((p) => new URL(metaOf(p).get('og:image') ?? '/').pathname));
    const cards = distFiles().filter((f) => f.startsWith('social/'));
    expect(cards.length).toBe(pages().length);
    expect(cards.filter((f) => !used.has(`/${f}`))).toEqual([]);
    const worker = readDist('sw.js')?.toString('utf8') ?? '';
    expect(worker, 'dist/sw.js is missing or lists no page').toContain('"/the-plan/"');
    expect(worker).not.toMatch(/"\/social\//);
  });
});

describe('structured data (JSON-LD)', () => {
  it('every page has one JSON-LD graph that parses and describes the page', () => {
    const problems = pages().flatMap((page) => {
      const at = shown(page.file);
      const blocks = jsonLd(page);
      if (blocks.length !== 1) return [`${at}: has ${blocks.length} JSON-LD blocks; exactly one.`];
      const [data] = blocks;
      if (typeof data === 'string') return [`${at}: JSON-LD ${data}`];
      const found: string[] = [];
      if (data?.['@context'] !== 'https://schema.org')
        found.push(`${at}: @context is not schema.org.`);
      const graph = (data?.['@graph'] ?? []) as Node[];
      const byId = new Map(graph.map((n) => [n['@id'], n]));
      const meta = metaOf(page);
      const root = tree(page);
      const canonical = byTag(root, 'link').find((l) => attr(l, 'rel') === 'canonical');
      const url = canonical ? attr(canonical, 'href') : undefined;
      const main = graph.find((n) => n['@type'] === 'Article' || n['@type'] === 'WebPage');
      if (!main) return [...found, `${at}: no Article or WebPage in the graph.`];
      const html = byTag(root, 'html')[0];
      if (main['url'] !== url)
        found.push(`${at}: url ${String(main['url'])} is not the canonical ${url}.`);
      if (main['headline'] !== meta.get('og:title'))
        found.push(`${at}: headline is not the page title.`);
      if (main['description'] !== meta.get('description'))
        found.push(`${at}: description differs.`);
      if (main['inLanguage'] !== (html ? attr(html, 'lang') : undefined))
        found.push(`${at}: inLanguage ${String(main['inLanguage'])} is not <html lang>.`);
      if (!isDay(main['datePublished']) || !isDay(main['dateModified']))
        found.push(`${at}: datePublished and dateModified must be YYYY-MM-DD days.`);
      else if (String(main['datePublished']) > String(main['dateModified']))
        found.push(`${at}: published after it was modified.`);
      const publisher = byId.get((main['publisher'] as Node | undefined)?.['@id']);
      if (publisher?.['@type'] !== 'Organization' || publisher['name'] !== SITE.title)
        found.push(`${at}: the publisher is not the Organization ${SITE.title} in the graph.`);
      if ((main['image'] as Node | undefined)?.['url'] !== meta.get('og:image'))
        found.push(`${at}: image is not the card.`);
      const crumbs = graph.find((n) => n['@type'] === 'BreadcrumbList');
      const items = (crumbs?.['itemListElement'] ?? []) as Node[];
      if (items.length === 0) found.push(`${at}: no BreadcrumbList.`);
      items.forEach((item, index) => {
        if (item['position'] !== index + 1 || !item['name'])
          found.push(`${at}: breadcrumb ${index + 1} lacks its position or name.`);
        const reason = brokenReason(new URL(String(item['item']), SITE_ORIGIN));
        if (reason) found.push(`${at}: breadcrumb ${String(item['item'])}: ${reason}.`);
      });
      if (items.at(-1)?.['item'] !== url) found.push(`${at}: the last breadcrumb is not the page.`);
      return found;
    });
    expect(problems).toEqual([]);
  });

  it('explainer and actor pages are Articles citing the sources they cite, by their URLs', () => {
    const articles = pages().filter((p) => /<h2 id="references"|class="references/.test(p.html));
    expect(articles.length).toBeGreaterThan(3);
    const problems = articles.flatMap((page) => {
      const graph = ((jsonLd(page)[0] as Node)['@graph'] ?? []) as Node[];
      const article = graph.find((n) => n['@type'] === 'Article');
      if (!article) return [`${shown(page.file)}: cites sources but is no Article.`];
      const cited = ((article['citation'] ?? []) as Node[]).map((c) => String(c['url']));
      const linked = byTag(tree(page), 'a').map((a) => attr(a, 'href') ?? '');
      if (cited.length === 0) return [`${shown(page.file)}: its Article cites nothing.`];
      return cited
        .filter((u) => !linked.some((href) => href.replace(/&amp;/g, '&') === u))
        .map((u) => `${shown(page.file)}: cites ${u}, which the page does not link.`);
    });
    expect(problems).toEqual([]);
  });

  it("an actor's page is about its Person or Organization, named as its heading", () => {
    const actors = pages().filter((p) => /^actors\/[^/]+\/index\.html$/.test(p.file));
    expect(actors.length).toBeGreaterThan(10);
    const kinds = new Set<string>();
    const problems = actors.flatMap((page) => {
      const graph = ((jsonLd(page)[0] as Node)['@graph'] ?? []) as Node[];
      const article = graph.find((n) => n['@type'] === 'Article');
      const subject = graph.find(
        (n) => n['@id'] === (article?.['about'] as Node | undefined)?.['@id'],
      );
      const h1 = byTag(tree(page), 'h1')[0];
      if (!subject || !['Person', 'Organization'].includes(String(subject['@type'])))
        return [`${shown(page.file)}: is not about a Person or Organization.`];
      kinds.add(String(subject['@type']));
      return subject['name'] === (h1 ? textOf(h1) : '')
        ? []
        : [`${shown(page.file)}: subject name differs from <h1>.`];
    });
    expect(problems).toEqual([]);
    expect([...kinds].sort()).toEqual(['Organization', 'Person']);
  });
});
