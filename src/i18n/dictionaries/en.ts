/**
 * The interface text of the English edition: every word a reader sees or hears that is not
 * content (content lives in content/). Every other language's dictionary has exactly these keys
 * (src/i18n/dictionaries/index.ts checks it), so this file is the list of what a translator
 * translates.
 *
 * `{name}` stands for a value filled in when the text is used: a date, a number, or a link or
 * other markup, which the component renders between the parts of the text (see `templateParts`).
 * A counted phrase is a plural entry, one text per plural form of the language (`PluralForms`),
 * with `{n}` for the number. Comments name the files whose text each group holds.
 */
import type { DictionaryTree } from './index.ts';

export const en = {
  /** site.config.mjs (SITE.title): the header, titles, Open Graph and the feed. */
  site: {
    name: 'Peace Plan Explainer',
  },

  /** src/components/Head.astro. */
  head: {
    /** The `<title>` of every page but the home page. */
    title: '{page} · {site}',
    /** The title of the feed's `<link rel="alternate">`. */
    feedTitle: '{site}: updates',
  },

  /** src/layouts/BaseLayout.astro. */
  layout: {
    skipToContent: 'Skip to content',
  },

  /** src/components/Header.astro and src/components/SearchButton.astro. */
  header: {
    mainSections: 'Main sections',
    search: 'Search',
  },

  /** src/components/ThemeToggle.astro. */
  theme: {
    dark: 'Dark theme',
  },

  /** src/components/AsOfNotice.astro. */
  asOf: {
    label: 'Date of this explainer',
    /** In bold; `{date}` is SITE.asOf, formatted. */
    notice: 'As of {date}.',
    /** `{link}` is a link to /sources-and-method/ with the text `asOf.link`. */
    detail:
      'This explainer describes the talks as they stood on that day, from the reports listed in {link}. It does not cover later events.',
    link: 'sources and method',
  },

  /** src/components/Footer.astro. */
  footer: {
    label: 'About this explainer',
    sourcesAndMethod: 'Sources and method',
    glossary: 'Glossary',
    timeline: 'Timeline',
    updates: 'Updates',
    atomFeed: 'Atom feed',
    print: 'The whole explainer on one page',
    /** `{link}` links to CONTRIBUTING.md with the text `footer.contributeLink`. */
    contribute:
      '{link}: corrections and additions are made through pull requests, each one checked before it is published.',
    contributeLink: 'How to contribute',
    asOf: 'Describes the situation as of {date}.',
    /** `{mit}` links to LICENSE with `footer.mit`; `{cc}` to the CC BY 4.0 deed with `footer.cc`. */
    licences: 'Code under the {mit}; text and data under {cc}.',
    mit: 'MIT licence',
    cc: 'CC BY 4.0',
  },

  /** src/components/Breadcrumbs.astro (label) and src/site/trail.ts (crumbs). */
  breadcrumbs: {
    label: 'Breadcrumb',
    home: 'Home',
    actors: 'The actors',
  },

  /** src/components/PageMeta.astro. */
  pageMeta: {
    /** `{date}` is a `<time>` element. */
    lastUpdated: 'Last updated {date}',
    readingTime: { one: '{n} min read', other: '{n} min read' },
    /** `{count}` is the number of updates that list the page. */
    updates: 'Updates to this page ({count})',
    edit: 'Edit this page',
  },

  /** src/layouts/ArticleLayout.astro. */
  article: {
    inBrief: 'In brief',
    /** Above the home page's title. `{date}` is SITE.asOf, formatted. */
    frontKicker: 'Where the talks stood on {date}',
  },

  /** src/components/TableOfContents.astro. */
  toc: {
    title: 'On this page',
  },

  /** src/components/PrevNext.astro. */
  prevNext: {
    label: 'Reading order',
    previous: 'Previous',
    next: 'Next',
  },

  /** src/markdown/heading-links.ts (used by src/markdown/rehype-heading-links.ts). */
  headingLinks: {
    label: 'Link to this section: {heading}',
  },

  /**
   * The status words and what they mean: this dictionary (meanings, shown by
   * src/components/StatusLegend.astro), src/markdown/citations.ts `statusLabel` (the badge's
   * accessible name, used by src/components/StatusBadge.astro and src/markdown/remark-status.ts),
   * the visible word in both components, the tracker's status filter
   * (src/components/ProvisionTracker.astro) and the diagrams' "(unconfirmed)" notes
   * (src/diagrams/generated/common.ts `statusNote`).
   */
  status: {
    /** `{word}` is the visible status word, `status.<word>.label`. */
    badgeLabel: 'Status: {word} — see what this means',
    confirmed: {
      label: 'confirmed',
      meaning:
        'Stated on the record by the people or governments concerned, as the sources report.',
    },
    reported: {
      label: 'reported',
      meaning:
        'Reported by the sources, with the attribution they give, but not confirmed on the record by all sides.',
    },
    unconfirmed: {
      label: 'unconfirmed',
      meaning:
        'Claimed by one side or an unnamed official, and not confirmed by the others, as the sources note.',
    },
    disputed: {
      label: 'disputed',
      meaning: 'The sides or the sources disagree about it.',
    },
    unknown: {
      label: 'unknown',
      meaning: 'The sources say it is unclear or has not been made public.',
    },
  },

  /**
   * The sides, by side id in camelCase (`united-states` → `unitedStates`): src/shared/sides.ts,
   * shown by src/components/ActorsBySide.astro, ActorProfile.astro, PositionsMatrix.astro,
   * src/diagrams/generated/actor-map.ts and the search's side filter.
   */
  sides: {
    unitedStates: 'United States',
    ukraine: 'Ukraine',
    russia: 'Russia',
    europe: 'Europe',
    usCongress: 'US Congress',
    outsideVoices: 'Outside voices',
  },

  /** The topics, by topic id in camelCase: src/shared/tracker-labels.ts `TOPIC_LABELS`. */
  topics: {
    territory: 'Territory',
    armedForces: 'Armed forces',
    nato: 'NATO',
    securityGuarantees: 'Security guarantees',
    economy: 'Economy',
    sovereignty: 'Sovereignty',
    other: 'Other',
  },

  /** src/components/ActorProfile.astro, and the description in src/pages/actors/[id].astro. */
  actor: {
    role: 'Role',
    side: 'Side',
    alsoWritten: 'Also written',
    roleInTalks: 'Role in the talks',
    position: 'Position',
    talksWith: 'Talks with',
    whatTheySaid: 'What they said',
    noQuotes: 'The sources quote no words of theirs.',
    inTimeline: 'In the timeline',
    noEvents: 'No dated event in the timeline involves them.',
    /** Under a quotation: `{date}` is a `<time>` element. */
    quoteCaption: '{name}, {context}, {date}.',
    /** The page's meta description (src/pages/actors/[id].astro). */
    description:
      '{name}, {role}: their role in the talks on the US peace plan for Ukraine, what they said and where they appear.',
  },

  /** src/components/EventList.astro. */
  events: {
    involved: 'Involved:',
  },

  /** src/components/GlossaryList.astro. */
  glossary: {
    alsoWritten: 'Also written: {aliases}',
  },

  /**
   * The list of sources (src/components/SourceList.astro) and each page's references
   * (src/markdown/remark-citations.ts).
   */
  sources: {
    /**
     * After the title: `{date}` is a `<time>` element. Both texts end the sentence, full stop
     * included, since a Ukrainian date ends with «р.» and takes no second one. Both files.
     */
    published: 'published {date}.',
    noDate: 'publication date not recorded.',
    newsReport: 'The news report this explainer is built from.',
    mapReference: 'Geographic reference, used for the maps.',
    background: 'Background report, used for dates and names.',
    /** `{relays}` is the source's `relays`, joined with "; ". */
    relays: 'It relays: {relays}.',
  },

  /**
   * src/components/SourceCite.astro: the citations of generated pages. `{sources}` is the linked
   * outlets, joined with "; ". Not a plural entry: the word labels a list, it does not count it.
   */
  sourceCite: {
    single: '(Source: {sources})',
    several: '(Sources: {sources})',
  },

  /** src/markdown/remark-citations.ts: citation markers and the references list of a page. */
  citations: {
    references: 'References',
    /** A marker's accessible name (also the preview's title, src/reader/client/previews.ts). */
    marker: 'Source {number}: {outlet}',
    /** The same, when the citation has a note such as "citing NBC News". */
    markerWithNote: 'Source {number}: {outlet}, {note}',
    /** After a reference: `{relays}` is the source's `relays`, joined with "; ". */
    relays: 'Relays: {relays}.',
    back: 'Back to citation {number}',
    backWithNote: 'Back to citation {number} ({note})',
  },

  /** src/components/UpdatesList.astro and src/reader/client/updates-seen.ts. */
  updates: {
    pages: 'Pages:',
    /** The mark on an update that is new since the reader's last visit (updates-seen.ts). */
    new: 'New since your last visit',
  },

  /** src/pages/updates.xml.ts and src/site/atom.ts: the Atom feed. */
  feed: {
    title: '{site}: updates',
    author: '{site} contributors',
  },

  /** src/components/ProvisionTracker.astro, and src/reader/client/tracker.ts `filterSummary`. */
  tracker: {
    /** The default caption. `{date}` is SITE.asOf, formatted. */
    caption: "The plan's provisions as reported on {date}",
    provision: 'Provision',
    topic: 'Topic',
    original: 'Leaked draft (as reported)',
    revision: 'After Geneva (as reported)',
    status: 'Status',
    positions: 'Positions of the sides',
    sources: 'Sources',
    allStatuses: 'All statuses',
    allTopics: 'All topics',
    showAll: 'Show all',
    /** Before the sort buttons, when the table is shown as cards. */
    sortBy: 'Sort by',
    rowLink: 'Link to this provision: {title}',
    notStated: 'Not stated in the sources.',
    /** src/reader/client/tracker.ts: announced after the filters change. */
    showingAll: { one: 'Showing all {n} provision.', other: 'Showing all {n} provisions.' },
    /** `{n}` is the total, `{shown}` the rows shown. */
    showingSome: {
      one: 'Showing {shown} of {n} provision.',
      other: 'Showing {shown} of {n} provisions.',
    },
    noneMatch: 'No provision matches these filters ({total} in all).',
  },

  /** src/components/PositionsMatrix.astro (the rows' labels are content: content/issues/). */
  positions: {
    caption: 'Where each side stands on each issue, as the sources state it',
    issue: 'Issue',
    /** Before a link to the provision in the tracker. */
    inTracker: 'In the tracker:',
    /** Before a link to an event. */
    background: 'Background:',
    notStated: 'Not stated in the sources',
    /** `{provision}` is a link to the provision a statement is about. */
    onProvision: '(on {provision})',
  },

  /**
   * src/components/DataDownloads.astro, by `kind`. The file names (provisions.csv …) follow the
   * text and are not translated.
   */
  dataDownloads: {
    provisions: 'Download the provisions data:',
    events: 'Download the events data:',
    actors: 'Download the actors data:',
  },

  /** The generated diagrams: captions, descriptions and text versions. */
  diagrams: {
    /** src/diagrams/figure.ts: the summary of every diagram's text version. */
    inWords: 'The diagram in words',
    /** Joins two names: src/diagrams/generated/actor-map.ts, src/diagrams/text*.ts. */
    and: '{a} and {b}',
    /** src/diagrams/generated/plan-path.ts and diagram-timeline.ts. */
    eventCount: { one: '{n} event', other: '{n} events' },
    /** src/diagrams/generated/actor-map.ts and src/components/ActorMapDiagram.astro. */
    actorMap: {
      title: 'Who talks to whom in the negotiations',
      /** `{count}` is `diagrams.actorMap.count`; `{pairs}` the linked pairs, joined with "; ". */
      description:
        '{count} grouped by side, with a line between two that the sources say talk directly: {pairs}.',
      count: { one: '{n} person or body', other: '{n} people and bodies' },
      none: 'none',
    },
    /** src/diagrams/generated/plan-path.ts and src/components/PlanPathDiagram.astro. */
    planPath: {
      title: "The plan's path through the talks",
      /** `{count}` is `diagrams.eventCount`; `{first}` and `{last}` are event titles. */
      description:
        '{count} in three columns: the plan itself, the US–Ukraine talks and the US–Russia talks, each in date order, from “{first}” to “{last}”.',
      tracks: {
        plan: 'The plan',
        usUkraine: 'US–Ukraine talks',
        usRussia: 'US–Russia talks',
      },
    },
    /** src/diagrams/generated/timeline.ts and src/components/TimelineDiagram.astro. */
    timeline: {
      /** `{from}` and `{to}` are months ("November 2025"). */
      title: 'Timeline of events, {from} to {to}',
      /** `{count}` is `diagrams.eventCount`, `{dates}` is `diagrams.timeline.dates`. */
      description:
        '{count} on {dates}, from {first} to {last}, in date order. Each date holds the events of that date; events the sources do not confirm say so in brackets.',
      dates: { one: '{n} date', other: '{n} dates' },
    },
    /** src/diagrams/text.ts and mermaid-text-flowchart.ts: the text versions' items. */
    text: {
      note: 'Note on {who}: {text}',
      message: '{from} → {to}: {text}',
      reply: '{from} → {to} (reply): {text}',
      group: 'Group “{title}”: {members}',
    },
  },

  /**
   * The locator maps (src/maps/render.ts, through src/components/PlacesMap.astro): each map's
   * title, which is also its caption, and its description, `{places}` being the names of the
   * cities it marks, listed; then the summary of the text version and the data's credits.
   */
  maps: {
    fighting: {
      title: 'Places of the fighting and strikes named in the reports, to 25 November 2025',
      description:
        'A map of Ukraine and its neighbours marking {places}. Borders are drawn as internationally recognised, with Crimea as part of Ukraine. The map shows no front lines and no areas of control.',
    },
    talks: {
      title:
        'Where the US held or plans talks with Russia and Ukraine, as reported on 25 November 2025',
      description:
        'A map of the northern half of the world marking {places}: the places where the United States held talks with Russia or Ukraine, or plans to.',
    },
    inWords: 'The map in words',
    credits:
      'Borders and coastlines: Natural Earth (1:50m and 1:110m), with Crimea as part of Ukraine as UN General Assembly resolution 68/262 recognises it. City positions: GeoNames.',
  },

  /** src/i18n/format.ts `formatEventDate` (and the `weekOf` argument of src/i18n/format.ts). */
  dates: {
    weekOf: 'Week of {date}',
  },

  /**
   * Search: the /search/ page (src/pages/search.astro), the dialog (src/search/client/search-ui.ts),
   * the results and status line (src/search/client/controller.ts), the filters
   * (src/search/client/render.ts) and the kinds (src/search/kinds.ts).
   */
  search: {
    /** src/pages/search.astro. */
    page: {
      title: 'Search',
      description: 'Search the {site} for names, places, provisions, events and terms.',
      heading: 'Search',
      label: 'Search the explainer',
      submit: 'Search',
      /** Without JavaScript: `{glossary}` and `{sitemap}` are links with the texts below. */
      noscript:
        'Search needs JavaScript, which is off or blocked in this browser. Every page of the explainer works without it: start from the {glossary} of names and terms, the {sitemap}, or the pages below.',
      noscriptGlossary: 'glossary',
      noscriptSitemap: 'site map',
    },
    /** src/search/client/search-ui.ts. */
    dialog: {
      label: 'Search the explainer',
      placeholder: 'Names, places, provisions…',
      close: 'Close',
      hint: '↑ ↓ to move · Enter to open · Esc to close',
    },
    /** src/search/client/search-ui.ts: the list of results and the button under it. */
    resultsLabel: 'Search results',
    more: 'Show more results',
    /** src/search/client/controller.ts: the status line. `{query}` is what the reader typed. */
    noWords: 'No results for “{query}”. Search for a word or a name.',
    /** `{glossary}` is a link to /glossary/ with the text `search.noResultsGlossary`. */
    noResults:
      'No results for “{query}”. Check the spelling or try fewer words, or browse the {glossary}.',
    noResultsGlossary: 'glossary',
    results: {
      one: '{n} result for “{query}”.',
      other: '{n} results for “{query}”.',
    },
    /** When the query was searched with other spellings: `{search}` is what was searched. */
    resultsRespelled: {
      one: '{n} result for “{query}” (searched as “{search}”).',
      other: '{n} results for “{query}” (searched as “{search}”).',
    },
    loadError: 'Search could not load. Check your connection and try again.',
    /** src/search/client/render.ts `FILTERS`: the filters' legends. */
    filters: {
      kind: 'Kind',
      side: 'Side',
    },
    /**
     * src/search/kinds.ts `SEARCH_KINDS`: the kind filter's values and the results' context
     * line. They are also the index's filter values, so each language's index uses its own.
     */
    kinds: {
      page: 'Explainer page',
      actor: 'Actor',
      event: 'Event',
      term: 'Glossary term',
      provision: 'Provision',
      source: 'Source',
    },
  },

  /** src/reader/client/previews.ts: previews of citations and glossary terms. */
  previews: {
    glossaryEntry: 'Open the glossary entry',
    references: 'Go to the list of references',
    /** The title when a marker has no accessible name. */
    sourceFallback: 'Source {number}',
  },

  /** The offline copy (src/offline/): the notice on a saved copy is written by the worker from src/offline/client/strings.ts. */
  offline: {
    savedCopy: 'You are reading a saved copy',
    /** `{when}` is the date and time the copy was saved, or `offline.earlierVisit`. */
    savedOn:
      '(saved on {when}). The network could not be reached, so it may be out of date; it updates when the connection returns.',
    earlierVisit: 'an earlier visit',
    /** src/components/OfflineSave.astro: the footer button; the rest of it is src/offline/client/strings.ts. */
    saveAll: 'Save the whole explainer for offline reading',
  },

  /** src/pages/404.astro. */
  notFound: {
    title: 'Page not found',
    description: 'This address is not part of the {site}.',
    heading: 'Page not found',
    body: "There is no page at this address. It may have moved, or the link may have a typing mistake. These are the explainer's pages, in reading order:",
  },

  /** src/pages/print.astro: the whole explainer on one page. */
  print: {
    title: 'The whole explainer',
    description:
      'Every page of the US peace plan explainer on one page, in reading order, with diagrams, citations and references, ready to print or save as PDF.',
    heading: '{site}: the whole explainer',
    /** `{date}` is SITE.asOf, formatted. */
    lede: "Every page of the explainer in reading order, as the talks stood on {date}, with its diagrams, citations and references, followed by each actor's profile and the positions matrix.",
    hint: "To keep a copy, use your browser's Print command (Ctrl+P, or ⌘P on a Mac) and print it or save it as a PDF. Each section starts on a new sheet.",
    contents: 'Contents',
    actors: 'The actors, one by one',
    positions: 'Positions matrix',
    /** Under each page's title: `{address}` is the page's address, `{date}` its last update. */
    meta: '{address} · Last updated {date}',
  },

  /** src/pages/positions.astro (its title is also its breadcrumb). */
  positionsPage: {
    title: 'Positions matrix',
    description:
      'Where the United States, Ukraine, Russia, Europe, the US Congress and outside voices stand on each issue of the peace plan, as the sources state it.',
    summary:
      "Each row is an issue of the talks and each column a side. A cell holds what that side's people and bodies have said or are reported to want, with its source, or says that the sources do not state it. Nothing here is inferred.",
    /** `{tracker}` links to /provisions/, `{actors}` to /actors/, with the texts below. */
    intro:
      "Positions on the plan's terms come from the {tracker}; words in quotation marks are the actors' own, as the sources quote them, and link to the quotation on the actor's page. \"Not stated in the sources\" means exactly that: a side may well have a view that the sources do not report. Who belongs to each side is shown on {actors}.",
    trackerLink: 'provision tracker',
    actorsLink: 'the actors page',
  },

  /** src/pages/provisions.astro (its title is also its breadcrumb). */
  provisionsPage: {
    title: 'Provision tracker',
    description:
      'Every known provision of the US peace plan for Ukraine: what the leaked draft said, what is known after Geneva, how sure the sources are, and where the sides stand.',
    summary:
      'One row for each provision of the plan that the sources describe: what the leaked draft reportedly said, what is reported of the version revised in Geneva, how sure the sources are, the positions of the sides where the sources state them, and the sources themselves.',
    /**
     * `{method}` links to /sources-and-method/#what-the-status-words-mean, `{plan}` to
     * /the-plan/, `{positions}` to /positions/, with the texts below.
     */
    intro:
      'Each status word is explained in {method}. Where a cell says a thing is not reported, the sources do not say it. The story of the plan is told on {plan}; where each side stands, issue by issue, is set out in the {positions}.',
    methodLink: 'sources and method',
    planLink: 'the plan page',
    positionsLink: 'positions matrix',
  },

  /**
   * The language switch and the notices of a page in another language than the reader's: for
   * the language switch and translation status, which no component shows yet.
   */
  /** src/components/Quote.astro: a quotation translated from the language the source gives. */
  quote: {
    /** Before the original words, after a translated quotation. */
    original: 'in English:',
  },

  language: {
    switchLabel: 'Language',
    /** On a page whose entry is not translated yet, shown in the source language. */
    notTranslated: 'This page has not been translated yet, so it is shown in English.',
    /** On a translation made before its English changed: `{date}`, `{link}` to the English. */
    stale:
      'The English original of this page was updated on {date}, after this translation was made. {link}',
    /** The same, for an entry whose English records no date of change. */
    staleNoDate:
      'The English original of this entry changed after this translation was made. {link}',
    staleLink: 'Read the English version',
  },
} as const satisfies DictionaryTree;
