import { describe, expect, it } from 'vitest';
import {
  firstPublished,
  jsonLdScript,
  pageJsonLd,
  type JsonLdInput,
} from '../../../src/social/json-ld.ts';
import { cardImage, cardMeta } from '../../../src/social/meta.ts';

const base = {
  siteUrl: 'https://example.org',
  site: 'Peace Plan Explainer',
  asOfDay: '2025-11-25',
  path: '/actors/steve-witkoff/',
  title: 'Steve Witkoff',
  section: 'actors',
} as const;

describe('cardMeta', () => {
  it('gives an unfurler the absolute image, its size, its alt text and the large card', () => {
    const tags = Object.fromEntries(
      cardMeta({ ...base, lang: 'en' }).map((t) => [
        'property' in t ? t.property : t.name,
        t.content,
      ]),
    );
    expect(tags).toEqual({
      'og:image': 'https://example.org/social/actors/steve-witkoff.png',
      'og:image:type': 'image/png',
      'og:image:width': '1200',
      'og:image:height': '630',
      'og:image:alt': 'Peace Plan Explainer. The actors: Steve Witkoff. As of 25 November 2025.',
      'article:section': 'The actors',
      'twitter:card': 'summary_large_image',
      'twitter:image': 'https://example.org/social/actors/steve-witkoff.png',
      'twitter:image:alt':
        'Peace Plan Explainer. The actors: Steve Witkoff. As of 25 November 2025.',
    });
  });

  it('writes the words in the language of the page', () => {
    expect(
      cardImage({ ...base, lang: 'uk', path: '/uk/actors/steve-witkoff/', title: 'Стів Віткофф' }),
    ).toEqual({
      url: 'https://example.org/social/uk/actors/steve-witkoff.png',
      alt: 'Peace Plan Explainer. Учасники: Стів Віткофф. Станом на 25 листопада 2025 р..',
      section: 'Учасники',
    });
  });
});

const input: JsonLdInput = {
  lang: 'en',
  kind: 'article',
  siteUrl: 'https://example.org',
  site: 'Peace Plan Explainer',
  path: '/actors/steve-witkoff/',
  title: 'Steve Witkoff',
  description: 'The US special envoy.',
  datePublished: '2025-11-25',
  dateModified: '2025-11-26',
  image: 'https://example.org/social/actors/steve-witkoff.png',
  trail: [
    { label: 'Home', href: '/' },
    { label: 'The actors', href: '/actors/' },
    { label: 'Steve Witkoff' },
  ],
  citations: [
    {
      outlet: 'The News Capital',
      title: 'Talks',
      url: 'https://news.example/1',
      published: '2025-11-25',
      kind: 'news-report',
    },
    {
      outlet: 'JD Supra',
      title: 'Sanctions',
      url: 'https://jd.example/2',
      kind: 'background-report',
    },
  ],
  about: {
    kind: 'person',
    name: 'Steve Witkoff',
    role: 'US special envoy',
    summary: 'Envoy.',
    aliases: ['Witkoff'],
  },
};

type Node = Record<string, unknown>;
const graph = (i: JsonLdInput) => (pageJsonLd(i) as unknown as { '@graph': Node[] })['@graph'];
const ofType = (nodes: Node[], type: string) => nodes.find((n) => n['@type'] === type);

describe('pageJsonLd', () => {
  it('describes an article with its headline, language, dates, publisher and citations', () => {
    const article = ofType(graph(input), 'Article');
    expect(article).toMatchObject({
      '@id': 'https://example.org/actors/steve-witkoff/#page',
      url: 'https://example.org/actors/steve-witkoff/',
      headline: 'Steve Witkoff',
      description: 'The US special envoy.',
      inLanguage: 'en-GB',
      datePublished: '2025-11-25',
      dateModified: '2025-11-26',
      publisher: { '@id': 'https://example.org/#publisher' },
      mainEntityOfPage: 'https://example.org/actors/steve-witkoff/',
    });
    expect(article?.['citation']).toEqual([
      {
        '@type': 'NewsArticle',
        headline: 'Talks',
        url: 'https://news.example/1',
        publisher: { '@type': 'Organization', name: 'The News Capital' },
        datePublished: '2025-11-25',
      },
      {
        '@type': 'Article',
        headline: 'Sanctions',
        url: 'https://jd.example/2',
        publisher: { '@type': 'Organization', name: 'JD Supra' },
      },
    ]);
    expect(ofType(graph(input), 'Organization')).toEqual({
      '@type': 'Organization',
      '@id': 'https://example.org/#publisher',
      name: 'Peace Plan Explainer',
      url: 'https://example.org/',
    });
  });

  it('lists the breadcrumbs with absolute URLs, the last being the page', () => {
    expect(ofType(graph(input), 'BreadcrumbList')?.['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.org/' },
      { '@type': 'ListItem', position: 2, name: 'The actors', item: 'https://example.org/actors/' },
      {
        '@type': 'ListItem',
        position: 3,
        name: 'Steve Witkoff',
        item: 'https://example.org/actors/steve-witkoff/',
      },
    ]);
  });

  it('describes the person an actor page is about, or the organisation', () => {
    const nodes = graph(input);
    const person = ofType(nodes, 'Person');
    expect(person).toMatchObject({
      name: 'Steve Witkoff',
      jobTitle: 'US special envoy',
      alternateName: ['Witkoff'],
    });
    expect(ofType(nodes, 'Article')?.['about']).toEqual({ '@id': person?.['@id'] });
    const body = graph({
      ...input,
      about: {
        kind: 'body',
        name: 'Kremlin',
        role: "Russia's presidency",
        summary: 'S.',
        aliases: [],
      },
    });
    expect(ofType(body, 'Person')).toBeUndefined();
    expect(body.filter((n) => n['@type'] === 'Organization').map((n) => n['name'])).toEqual([
      'Peace Plan Explainer',
      'Kremlin',
    ]);
  });

  it('makes other pages a WebPage, without citations or subject when there are none', () => {
    const nodes = graph({ ...input, kind: 'webpage', citations: [], about: undefined, lang: 'uk' });
    const page = ofType(nodes, 'WebPage');
    expect(page).toMatchObject({
      // The BCP 47 tag of src/i18n/locales.ts.
      inLanguage: 'uk',
      breadcrumb: { '@id': expect.stringMatching(/#breadcrumb$/) },
    });
    expect(page).not.toHaveProperty('citation');
    expect(page).not.toHaveProperty('about');
    expect(ofType(nodes, 'Article')).toBeUndefined();
  });
});

describe('jsonLdScript', () => {
  it('escapes "<", so a title can never end the script element', () => {
    const text = jsonLdScript(
      pageJsonLd({ ...input, title: '</script><script>alert(1)</script>' }),
    );
    expect(text).not.toContain('<');
    expect(JSON.parse(text)['@graph'][0].headline).toBe('</script><script>alert(1)</script>');
  });
});

describe('firstPublished', () => {
  const updates = [
    { date: '2025-11-27', pages: ['the-plan'] },
    { date: '2025-11-25', pages: ['index', 'the-plan'] },
  ];
  it('is the earliest update note listing the page, else the last change', () => {
    expect(firstPublished('the-plan', updates, '2025-11-27')).toBe('2025-11-25');
    expect(firstPublished('positions', updates, '2025-11-26')).toBe('2025-11-26');
    expect(firstPublished(undefined, updates, '2025-11-26')).toBe('2025-11-26');
  });
});
