import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkContent,
  checkContentDir,
  formatProblem,
  formatReport,
  readContentFiles,
  checkFolderFully,
  diagramSyntaxProblems,
} from '../../../src/collections/index.ts';

const GOOD = 'tests/fixtures/content-good';
const BAD = 'tests/fixtures/content-bad';

/** The good fixture with one bad case's files laid over it, checked; one line per problem. */
function checkCase(name: string): string[] {
  const good = readContentFiles(`${GOOD}/content`, GOOD);
  const bad = readContentFiles(`${BAD}/${name}/content`, `${BAD}/${name}`);
  const files = [...good.filter((g) => !bad.some((b) => b.path === g.path)), ...bad];
  return checkContent(files).map(formatProblem);
}

describe('content check on fixtures', () => {
  it('finds no problem in the good fixture', () => {
    expect(checkContentDir(`${GOOD}/content`)).toEqual([]);
  });

  it('has a test below for every bad fixture', () => {
    const cases = readdirSync(BAD).filter((name) => !name.endsWith('.md'));
    expect(cases.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  const EXPECTED: Record<string, string[]> = {
    'unknown-citation': [
      'content/pages/the-plan.md:11: unknown source "newscapital-2025-11-52" in citation [@newscapital-2025-11-52]. Sources are the files in content/sources/; cite one by its file name without .yaml (did you mean "newscapital-2025-11-25"?)',
    ],
    'unknown-actor': [
      'content/events/2025-11-23-geneva-talks.yaml:8: actors[1]: "steve-witkof" is not an actor. Known actors are listed in content/actors/ (did you mean "steve-witkoff"?)',
    ],
    'missing-field': [
      'content/events/2025-11-23-geneva-talks.yaml:1: missing required field "summary" (One or two sentences on what happened, in our own words.)',
    ],
    'malformed-yaml': [
      'content/actors/rustem-umerov.yaml:3:7: YAML syntax error: Nested mappings are not allowed in compact mappings. A value that contains ": " must be put in quotes, like title: "Geneva: the talks".',
    ],
    'wrong-date': [
      'content/events/2025-11-23-geneva-talks.yaml:2: date: Write the date as YYYY-MM-DD, for example 2025-11-25. You wrote "23 November 2025".',
    ],
    'unknown-status': [
      'content/provisions/cap-on-ukraines-armed-forces.yaml:5: status: Use one of the status words: confirmed, reported, unconfirmed, disputed, unknown. You wrote "confimed" (did you mean "confirmed"?).',
    ],
    'bad-badge': [
      'content/pages/index.mdx:16: unknown status word "unconfimed" in badge [!unconfimed] (did you mean "unconfirmed"?). Use one of the status words: confirmed, reported, unconfirmed, disputed, unknown.',
      'content/pages/index.mdx:18: unknown status word "Disputed" in badge [!Disputed] (did you mean "disputed"?). Use one of the status words: confirmed, reported, unconfirmed, disputed, unknown.',
      'content/pages/index.mdx:18: unknown status word "NOTE" in badge [!NOTE]. Use one of the status words: confirmed, reported, unconfirmed, disputed, unknown.',
    ],
    'unknown-field': [
      'content/glossary/geneva.yaml:2: unknown field "alias" (did you mean "aliases"?). The fields are: term, aliases, definition, place, sources.',
      'content/glossary/geneva.yaml:3: definition: must not be empty (A short definition for a general reader, one or two sentences.)',
      'content/glossary/geneva.yaml:4: sources: Cite at least one source id from content/sources/.',
    ],
    'broken-link': [
      'content/pages/index.mdx:21: the link "/the-pln/" goes to no page of the site (did you mean "/the-plan/"?). Pages are linked as /the-plan/, actors as /actors/steve-witkoff/.',
      'content/pages/index.mdx:21: the link "/the-plan" needs a slash at the end of its path: "/the-plan/".',
      'content/pages/index.mdx:21: the link "/the-plan/#stickng-points" goes to a section that /the-plan/ does not have: "#stickng-points" (did you mean "#sticking-points"?). An anchor is a heading\'s text in lower case with hyphens for spaces, or the id of a glossary term, event or source.',
      'content/pages/index.mdx:22: the link "/actors/steve-witkof/" goes to no page of the site (did you mean "/actors/steve-witkoff/"?). Pages are linked as /the-plan/, actors as /actors/steve-witkoff/.',
      'content/pages/index.mdx:22: the link "/uk/the-plan/#sticking-points" names a language. Write the English path, "/the-plan/#sticking-points": the build points every link to the reader\'s language.',
    ],
    'unknown-place': [
      'content/events/2025-11-23-geneva-talks.yaml:5: places[0]: "genva" is not a place. Known places are listed in content/places/ (did you mean "geneva"?)',
      'content/glossary/geneva.yaml:4: place: "geneve" is not a place. Known places are listed in content/places/ (did you mean "geneva"?)',
      'content/places/kyiv.yaml:2: kind: a city is drawn as a point, so it needs coordinates. Add "coordinates:" with "lat:" and "lon:" copied from the geographic reference named in sources (content/sources/geonames-cities.yaml), never from memory.',
      'content/places/kyiv.yaml:4: region: "ukrain" is not a place. Known places are listed in content/places/ (did you mean "ukraine"?)',
      'content/places/ukraine.yaml:2: kind: a country is drawn from its shape in the map data, so it needs atlasId: its three-digit ISO 3166-1 numeric code, like atlasId: "804" for Ukraine.',
      'content/places/ukraine.yaml:5: coordinates: only a city is drawn as a point. Remove the coordinates, or make the kind city.',
    ],
    'cross-file-rules': [
      'content/actors/steve-witkoff.yaml:9: talksWith[1]: "kirill-dmitriev" is not an actor. Known actors are listed in content/actors/.',
      'content/actors/steve-witkoff.yaml:16: quotes[1].id: "fixture-quote" is already the id of quotes[0] (line 11). Quote ids must be unique within an actor: rename one of them.',
      'content/actors/steve-witkoff.yaml:19: quotes[1].date: This is not a real calendar date.',
      'content/actors/steve-witkoff.yaml:20: quotes[1].sources[0]: "newscapital" is not a source. Known sources are listed in content/sources/ (did you mean "newscapital-2025-11-25"?)',
      'content/events/2025-11-24-abu-dhabi-talks.yaml:3: endDate: 2025-11-20 is before date 2025-11-24. The end date must be on or after the start date; swap them or fix the typo.',
      'content/updates/2025-11-25-first-edition.md:4: pages[1]: "the-plna" is not a page. Known pages are listed in content/pages/ (did you mean "the-plan"?)',
    ],
  };

  for (const [name, messages] of Object.entries(EXPECTED)) {
    it(`reports ${name} with file, line and fix`, () => {
      expect(checkCase(name)).toEqual(messages);
    });
  }

  it('names files relative to the folder holding the content folder', () => {
    const [problem] = checkContentDir(`${BAD}/missing-field/content`);
    expect(problem?.file).toBe('content/events/2025-11-23-geneva-talks.yaml');
  });
});

describe('content check on single files', () => {
  const good = readContentFiles(`${GOOD}/content`, GOOD);
  const check = (path: string, text: string) =>
    checkContent([...good, { path, text }]).map(formatProblem);

  it('reports an empty file with the fields it needs', () => {
    expect(check('content/events/empty.yaml', '')).toEqual([
      'content/events/empty.yaml:1: The file is empty. An event needs the fields: title, date, track, summary, sources.',
    ]);
  });

  it('reports a file that is a list instead of fields', () => {
    expect(check('content/glossary/list.yaml', '- a\n- b\n')).toEqual([
      'content/glossary/list.yaml:1: The file must be a set of fields ("name: value" lines), but it is a list.',
    ]);
  });

  it('reports a list written as text', () => {
    const text = 'term: Donbas\ndefinition: A region.\nsources: newscapital-2025-11-25\n';
    expect(check('content/glossary/donbas.yaml', text)).toEqual([
      'content/glossary/donbas.yaml:3: sources: expected a list (one "- item" per line), found text "newscapital-2025-11-25".',
    ]);
  });

  it('reports a page without frontmatter', () => {
    expect(check('content/pages/bare.md', '# Hello\n')).toEqual([
      'content/pages/bare.md:1: no frontmatter. Start the file with a "---" line, the fields of a page ("name: value" lines), and another "---" line.',
    ]);
  });

  it('reports frontmatter problems at file lines, after the opening ---', () => {
    const text = '---\ntitle: T\ndescription: D\nsummary: S\nupdated: 2025-11-5\n---\n\nText.\n';
    expect(check('content/pages/bad-date.mdx', text)).toEqual([
      'content/pages/bad-date.mdx:5: updated: Write the date as YYYY-MM-DD, for example 2025-11-25. You wrote "2025-11-5".',
    ]);
  });

  it('reports an MDX syntax error with line and column', () => {
    const text =
      '---\ntitle: T\ndescription: D\nsummary: S\nupdated: 2025-11-25\n---\n\nA {broken\n';
    expect(check('content/pages/broken.mdx', text)).toEqual([
      'content/pages/broken.mdx:8:10: MDX syntax error: Unexpected end of file in expression, expected a corresponding closing brace for `{`. In .mdx files "<" and "{" start components and expressions: write \\< and \\{ for the characters themselves.',
    ]);
  });

  it('reports a malformed citation', () => {
    const text =
      '---\ntitle: First\ndate: 2025-11-25\n---\n\nText [@newscapital-2025-11-25 p. 3].\n';
    expect(check('content/updates/2025-11-26-x.md', text)).toEqual([
      'content/updates/2025-11-26-x.md:6: malformed citation [@newscapital-2025-11-25 p. 3]: each source starts with @ and its id; write [@source-id], [@source-id, citing Outlet] or [@source-a; @source-b].',
    ]);
  });

  it('reports files the site would not read, and bad file names', () => {
    expect(check('content/events/x.json', '{}')).toEqual([
      'content/events/x.json:1: this file is not read: content/events/ holds .yaml or .yml files.',
    ]);
    expect(check('content/event/x.yaml', '')).toEqual([
      'content/event/x.yaml:1: "event" is not a content folder, so this file is not read. Use one of: sources, places, actors, events, provisions, glossary, issues, pages, updates.',
    ]);
    expect(check('content/events/old/x.yaml', '')).toEqual([
      'content/events/old/x.yaml:1: files in subfolders are not read. Move it to content/events/.',
    ]);
    expect(check('content/actors/Steve Witkoff.yaml', '')).toEqual([
      'content/actors/Steve Witkoff.yaml:1: the file name "Steve Witkoff" is not a valid id (ids are file names, used in links and references). Use lower-case letters, digits and hyphens, like "steve-witkoff".',
    ]);
    expect(check('content/actors/steve-witkoff.yml', '')).toEqual([
      'content/actors/steve-witkoff.yml:1: content/actors/steve-witkoff.yaml has the same id "steve-witkoff". Rename or remove one of the two files.',
    ]);
  });

  const page = (body: string) =>
    `---\ntitle: T\ndescription: D\nsummary: S\nupdated: 2025-11-25\n---\n\n${body}\n`;

  it('reports a diagram without accTitle or accDescr, as the build would refuse it', () => {
    const diagram = '```mermaid\nflowchart LR\n  accTitle: Only a title\n  A --> B\n```';
    expect(check('content/pages/d.md', page(diagram))).toEqual([
      'content/pages/d.md:8: this mermaid diagram has no accDescr, so the build refuses it. Add two lines right after its first line ("flowchart"): "accTitle: a short title, shown as the caption" and "accDescr: one or two sentences saying what the diagram shows, for screen readers".',
    ]);
  });

  it('warns about raw HTML in a .md file that the build strips, naming what goes', () => {
    const html = readFileSync('tests/fixtures/hostile/raw-html.md', 'utf8').replace(
      'date: 2025-11-25',
      'description: D\nsummary: S\nupdated: 2025-11-25',
    );
    expect(check('content/pages/raw.md', html)).toEqual([
      'content/pages/raw.md:12: warning: the build removes <script> from this raw HTML, so readers will not see it as written. Use Markdown (links, emphasis, lists, tables) instead, or only the elements and attributes the site allows.',
      'content/pages/raw.md:14: warning: the build removes the onerror attribute on <img> from this raw HTML, so readers will not see it as written. Use Markdown (links, emphasis, lists, tables) instead, or only the elements and attributes the site allows.',
      'content/pages/raw.md:16: warning: the build removes <iframe> from this raw HTML, so readers will not see it as written. Use Markdown (links, emphasis, lists, tables) instead, or only the elements and attributes the site allows.',
      'content/pages/raw.md:18: warning: the build removes the href attribute on <a> from this raw HTML, so readers will not see it as written. Use Markdown (links, emphasis, lists, tables) instead, or only the elements and attributes the site allows.',
      'content/pages/raw.md:20: warning: the build removes the style attribute on <p>, the onmouseover attribute on <p> from this raw HTML, so readers will not see it as written. Use Markdown (links, emphasis, lists, tables) instead, or only the elements and attributes the site allows.',
    ]);
  });

  it('applies the MDX policy in the same pass, and to translations', () => {
    expect(check('content/pages/p.mdx', page('<script>alert(1)</script>'))).toEqual([
      expect.stringMatching(/^content\/pages\/p\.mdx:8: <script> is not allowed in content/),
    ]);
    // The translation fails its parity checks too; the policy problem is among them.
    expect(check('content/pages/uk/index.mdx', page('{process.exit(1)}'))).toContainEqual(
      expect.stringMatching(/^content\/pages\/uk\/index\.mdx:8: the JavaScript expression/),
    );
  });

  it('checks a place translation as it checks the translations of the other collections', () => {
    const uk = 'content/places/uk/geneva.yaml';
    const english = 'content/places/geneva.yaml';
    expect(check(uk, 'name: Женева\naliases: [Женеві]\nnote: Примітка.\nkind: town\n')).toEqual([
      `${uk}:1: this translation does not record which English it was made from. When it says what ${english} says, run \`npm run translations -- --stamp ${uk}\`.`,
      `${uk}:4: "kind" is not translated: it comes from the English entry (${english}). Remove it from the translation.`,
    ]);
    expect(check(uk, 'aliases: []\nnote: Примітка 2.\n')).toEqual([
      `${uk}:1: "name" is missing: the English (${english}) has it. Translate it under the same name.`,
      `${uk}:1: this translation does not record which English it was made from. When it says what ${english} says, run \`npm run translations -- --stamp ${uk}\`.`,
      `${uk}:2: "note": its numbers differ from the English (${english}): it has "2" that the English does not. Write every number of the English in digits.`,
    ]);
  });

  it('follows links with the route table, so generated pages and their anchors resolve', () => {
    const links = [
      '[a](/provisions/#in-brief)',
      '[b](/provisions/#cap-on-ukraines-armed-forces)',
      '[c](/positions/#issue-nato)',
      '[d](/data/actors.json)',
      '[e](/positions/#issue-natto)',
    ].join(' ');
    const issue = 'label: NATO membership\norder: 1\nprovisions: [cap-on-ukraines-armed-forces]\n';
    const problems = checkContent([
      ...good,
      { path: 'content/issues/nato.yaml', text: issue },
      { path: 'content/pages/links.md', text: page(links) },
    ]).map(formatProblem);
    expect(problems).toEqual([
      'content/pages/links.md:8: the link "/positions/#issue-natto" goes to a section that /positions/ does not have: "#issue-natto" (did you mean "#issue-nato"?). An anchor is a heading\'s text in lower case with hyphens for spaces, or the id of a glossary term, event or source.',
    ]);
  });

  it('checks an issue of the positions matrix against the provisions, events and quotations', () => {
    const issue =
      'label: X\norder: 1\nprovisions: [no-such-provision]\nquotes:\n  - steve-witkoff/no-such-quote\n  - nobody/q\n';
    expect(check('content/issues/x.yaml', issue)).toEqual([
      'content/issues/x.yaml:3: provisions[0]: "no-such-provision" is not a provision. Known provisions are listed in content/provisions/.',
      expect.stringMatching(
        /^content\/issues\/x\.yaml:5: quotes\[0\]: steve-witkoff has no quotation "no-such-quote"\. Its quotations are: /,
      ),
      'content/issues/x.yaml:6: quotes[1]: "nobody" is not an actor. Known actors are listed in content/actors/.',
    ]);
  });

  it('ignores hidden files and files directly in the content folder', () => {
    expect(check('content/actors/.gitkeep', '')).toEqual([]);
    expect(check('content/LICENSE.md', 'CC BY 4.0')).toEqual([]);
  });
});

describe('formatReport', () => {
  it('counts and lists problems sorted by file, then line', () => {
    const report = formatReport([
      { file: 'content/b.yaml', line: 2, message: 'two' },
      { file: 'content/a.yaml', line: 9, column: 3, message: 'one' },
      { file: 'content/b.yaml', line: 1, message: 'three' },
    ]);
    expect(report).toBe(
      [
        'Content check found 3 problems. Fix each one at the file and line shown:',
        '',
        'content/a.yaml:9:3: one',
        'content/b.yaml:1: three',
        'content/b.yaml:2: two',
      ].join('\n'),
    );
  });
});

describe('diagram syntax, judged by Mermaid without a browser', () => {
  it('reports a syntax error at its line in the file, and passes a good diagram', async () => {
    const fences = [
      {
        file: 'content/pages/a.md',
        line: 10,
        source: 'flowchart LR\n  accTitle: T\n  accDescr: D\n  A --> B',
      },
      {
        file: 'content/pages/a.md',
        line: 20,
        source: 'flowchart LR\n  accTitle: T\n  accDescr: D\n  A[Open --> B',
      },
    ];
    const { problems, judged } = await diagramSyntaxProblems(fences);
    expect(judged).toBe(2);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^content\/pages\/a\.md:24: mermaid cannot read this diagram, so the build refuses it: Parse error on line \d+:/,
      ),
    ]);
  });

  it('checks every diagram of the site without a browser', async () => {
    const result = await checkFolderFully('content');
    expect(result.problems).toEqual([]);
    expect(result.diagramsJudged).toBeGreaterThan(0);
  });
});
