import { describe, expect, it } from 'vitest';
import { tableOfContents } from '../../../src/site/toc.ts';
import { actorTrail, pageTrail } from '../../../src/site/trail.ts';
import { groupBySide } from '../../../src/shared/sides.ts';
import { sideLabel } from '../../../src/i18n/dictionaries/vocabulary.ts';
import { eventsOfActor } from '../../../src/site/actor-profile.ts';

describe('tableOfContents', () => {
  const h = (depth: number, slug: string) => ({ depth, slug, text: slug });

  it('lists h2 and h3 of a long page', () => {
    const toc = tableOfContents([h(2, 'a'), h(3, 'a1'), h(2, 'b'), h(4, 'x'), h(2, 'c')]);
    expect(toc.map((e) => e.slug)).toEqual(['a', 'a1', 'b', 'c']);
  });

  it('gives no contents for a short page, not counting the references', () => {
    expect(tableOfContents([h(2, 'a'), h(2, 'b'), h(2, 'references')])).toEqual([]);
  });
});

describe('trails', () => {
  it('starts at home and ends unlinked', () => {
    expect(pageTrail('the-plan', 'The plan', 'en')).toEqual([
      { label: 'Home', href: '/' },
      { label: 'The plan' },
    ]);
    expect(actorTrail('Kirill Dmitriev', 'en').at(1)).toEqual({
      label: 'The actors',
      href: '/actors/',
    });
  });

  it('speaks the page’s language', () => {
    expect(pageTrail('index', 'Головна', 'uk')).toEqual([{ label: 'Головна' }]);
    expect(actorTrail('Кирило Дмитрієв', 'uk').at(1)).toEqual({
      label: 'Учасники',
      href: '/actors/',
    });
  });
});

describe('groupBySide', () => {
  it('keeps the fixed order of sides and drops empty ones', () => {
    const groups = groupBySide(
      [
        { side: 'russia' as const, n: 1 },
        { side: 'united-states' as const, n: 2 },
      ],
      (side) => sideLabel(side, 'en'),
    );
    expect(groups.map((g) => g.label)).toEqual(['United States', 'Russia']);
  });
});

describe('eventsOfActor', () => {
  it('finds an actor’s events, oldest first', () => {
    const events = [
      { id: 'b', date: '2025-11-25', actors: ['x'] },
      { id: 'a', date: '2025-11-23', actors: ['x', 'y'] },
      { id: 'c', date: '2025-11-24', actors: ['y'] },
    ];
    expect(eventsOfActor(events, 'x').map((e) => e.id)).toEqual(['a', 'b']);
  });
});
