/** The page lists that the browser sweeps share out between their settings. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  PROFILES_PER_LANGUAGE,
  builtPages,
  oneOfEachKind,
  pagesForSweep,
  sweptPages,
} from '../../../support/pages.ts';

const PAGES = ['/', '/a/', '/b/', '/c/', '/uk/', '/uk/a/', '/uk/b/'];

describe('pagesForSweep', () => {
  it('visits each page in exactly one of the sweeps', () => {
    const sweeps = [0, 1, 2].map((i) => pagesForSweep(PAGES, i, 3));
    expect(sweeps.flat().sort()).toEqual([...PAGES].sort());
  });

  it('gives every sweep pages of every language', () => {
    for (const sweep of [0, 1]) {
      const pages = pagesForSweep(PAGES, sweep, 2);
      expect(pages.some((p) => p.startsWith('/uk/'))).toBe(true);
      expect(pages.some((p) => !p.startsWith('/uk/'))).toBe(true);
    }
  });

  it('visits the pages named for every sweep in each of them, and the rest once', () => {
    const sweeps = [0, 1].map((i) => pagesForSweep(PAGES, i, 2, ['/b/']));
    expect(sweeps.every((pages) => pages.includes('/b/'))).toBe(true);
    const rest = sweeps.flat().filter((p) => p !== '/b/');
    expect(rest.sort()).toEqual(PAGES.filter((p) => p !== '/b/').sort());
  });
});

describe('sweptPages', () => {
  const profiles = (prefix: string) =>
    Array.from({ length: 10 }, (_, i) => `${prefix}/actors/actor-${i}/`);
  const pages = [
    '/',
    '/actors/',
    '/the-plan/',
    ...profiles(''),
    '/uk/',
    '/uk/actors/',
    ...profiles('/uk'),
  ];

  it('keeps every page that is not an actor profile', () => {
    const swept = sweptPages(pages);
    for (const p of ['/', '/actors/', '/the-plan/', '/uk/', '/uk/actors/']) {
      expect(swept).toContain(p);
    }
  });

  it('keeps a few profiles of each language, spread over the list', () => {
    const swept = sweptPages(pages);
    for (const prefix of ['', '/uk']) {
      const kept = swept.filter((p) => p.startsWith(`${prefix}/actors/actor-`));
      expect(kept).toHaveLength(PROFILES_PER_LANGUAGE);
      expect(kept[0]).toBe(`${prefix}/actors/actor-0/`);
      expect(kept.at(-1)).not.toBe(`${prefix}/actors/actor-3/`);
    }
  });
});

describe('oneOfEachKind', () => {
  it('takes the lists, one profile and the first explainer page with a diagram, in English or another language', () => {
    const root = mkdtempSync(join(tmpdir(), 'kinds-'));
    try {
      const diagram = '<figure class="diagram"><svg></svg></figure>';
      const files: Record<string, string> = {
        'index.html': diagram,
        'actors/index.html': diagram,
        'actors/kremlin/index.html': '',
        'glossary/index.html': '<p class="diagram__svg"></p>',
        'print/index.html': diagram,
        'provisions/index.html': '',
        'positions/index.html': '',
        'search/index.html': '',
        'the-plan/index.html': diagram,
        'uk/index.html': diagram,
        'uk/battlefield/index.html': diagram,
      };
      for (const [file, html] of Object.entries(files)) {
        mkdirSync(join(root, file, '..'), { recursive: true });
        writeFileSync(join(root, file), html);
      }
      expect(oneOfEachKind(builtPages(root), root)).toEqual([
        '/',
        '/the-plan/',
        '/actors/',
        '/actors/kremlin/',
        '/provisions/',
        '/positions/',
        '/search/',
      ]);
      expect(oneOfEachKind(builtPages(root), root, 'uk')).toEqual(['/uk/', '/uk/battlefield/']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
