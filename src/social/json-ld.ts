/**
 * Structured data for search engines: one JSON-LD graph per page with the page (an Article, or a
 * WebPage for pages that are not articles), its breadcrumb trail, the site's publisher, and, on
 * an actor's page, the person or organisation it is about. The types come from schema-dts
 * (schema.org's vocabulary as TypeScript), so a property schema.org does not define for a type
 * fails the type check. Pure.
 */
import type {
  Article,
  BreadcrumbList,
  Graph,
  NewsArticle,
  Organization,
  Person,
  WebPage,
} from 'schema-dts';
import { localeOf } from '../i18n/locales.ts';
import { absoluteUrl } from '../shared/index.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './card-layout.ts';
import type { Lang } from './words.ts';

/** A source the page cites. */
export interface CitedSource {
  outlet: string;
  title: string;
  url: string;
  published?: string | undefined;
  kind: 'news-report' | 'background-report' | 'map-reference';
}

/** The actor an actor's page is about. */
export interface PageSubject {
  kind: 'person' | 'body';
  name: string;
  role: string;
  summary: string;
  aliases: readonly string[];
}

/** What a page's JSON-LD is made from. */
export interface JsonLdInput {
  lang: Lang;
  /** `article` for explainer, actor and data pages; `webpage` for search, 404 and the like. */
  kind: 'article' | 'webpage';
  siteUrl: string;
  site: string;
  /** The canonical path. */
  path: string;
  title: string;
  description: string;
  datePublished: string;
  dateModified: string;
  /** The card's absolute URL. */
  image: string;
  /** Breadcrumbs, home first; the last is this page (its href may be left out). */
  trail: readonly { label: string; href?: string | undefined }[];
  citations: readonly CitedSource[];
  about?: PageSubject | undefined;
}

/** The JSON-LD graph of a page. */
export function pageJsonLd(input: JsonLdInput): Graph {
  const url = absoluteUrl(input.siteUrl, input.path);
  const home = absoluteUrl(input.siteUrl, '/');
  const publisher = {
    '@type': 'Organization',
    '@id': `${home}#publisher`,
    name: input.site,
    url: home,
  } satisfies Organization;
  const subjectRef = { '@id': `${url}#subject` };
  const subject: Person | Organization | undefined = !input.about
    ? undefined
    : input.about.kind === 'person'
      ? ({
          '@type': 'Person',
          '@id': subjectRef['@id'],
          name: input.about.name,
          description: input.about.summary,
          jobTitle: input.about.role,
          alternateName: [...input.about.aliases],
        } satisfies Person)
      : ({
          '@type': 'Organization',
          '@id': subjectRef['@id'],
          name: input.about.name,
          description: `${input.about.role}. ${input.about.summary}`,
          alternateName: [...input.about.aliases],
        } satisfies Organization);
  const citation = input.citations.map((s): NewsArticle | Article => ({
    '@type': s.kind === 'news-report' ? 'NewsArticle' : 'Article',
    headline: s.title,
    url: s.url,
    publisher: { '@type': 'Organization', name: s.outlet },
    ...(s.published ? { datePublished: s.published } : {}),
  }));
  const common = {
    '@id': `${url}#page`,
    url,
    headline: input.title,
    name: input.title,
    description: input.description,
    inLanguage: localeOf(input.lang).lang,
    datePublished: input.datePublished,
    dateModified: input.dateModified,
    image: {
      '@type': 'ImageObject' as const,
      url: input.image,
      width: { '@type': 'QuantitativeValue' as const, value: CARD_WIDTH, unitCode: 'E37' },
      height: { '@type': 'QuantitativeValue' as const, value: CARD_HEIGHT, unitCode: 'E37' },
    },
    publisher: { '@id': `${home}#publisher` },
    isPartOf: { '@type': 'WebSite' as const, name: input.site, url: home },
    ...(citation.length > 0 ? { citation } : {}),
    ...(subject ? { about: subjectRef, mainEntity: subjectRef } : {}),
  } satisfies Omit<Extract<Article, { '@type': 'Article' }>, '@type'>;
  const page: Article | WebPage =
    input.kind === 'article'
      ? ({ '@type': 'Article', ...common, mainEntityOfPage: url } satisfies Article)
      : ({
          '@type': 'WebPage',
          ...common,
          breadcrumb: { '@id': `${url}#breadcrumb` },
        } satisfies WebPage);
  const breadcrumb: BreadcrumbList = {
    '@type': 'BreadcrumbList',
    '@id': `${url}#breadcrumb`,
    itemListElement: input.trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: index === input.trail.length - 1 ? url : absoluteUrl(input.siteUrl, crumb.href ?? '/'),
    })),
  };
  return {
    '@context': 'https://schema.org',
    '@graph': [page, breadcrumb, publisher, ...(subject ? [subject] : [])],
  };
}

/**
 * The graph as the text of a `<script type="application/ld+json">`: `<` is escaped, so no value
 * can end the script element or open a comment, whatever a title contains.
 */
export function jsonLdScript(graph: Graph): string {
  return JSON.stringify(graph).replace(/</g, '\\u003c');
}

/**
 * The day a page was first published: the earliest update note that lists it, or its last
 * change when none does (pages added without a note, generated pages).
 */
export function firstPublished(
  pageId: string | undefined,
  updates: readonly { date: string; pages: readonly string[] }[],
  updated: string,
): string {
  const dates = updates
    .filter((u) => pageId !== undefined && u.pages.includes(pageId))
    .map((u) => u.date)
    .sort();
  return dates[0] ?? updated;
}
