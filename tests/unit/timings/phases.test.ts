/** The phases the bench prints, from what a build recorded. */
import { describe, expect, it } from 'vitest';
import { phaseRows, type BuildTimings } from '../../../src/timings/index.ts';

const timings: BuildTimings = {
  marks: {
    configDone: 1000,
    buildStart: 3000,
    bundleStart: 3100,
    bundleEnd: 9100,
    generated: 15100,
    doneStart: 15200,
    doneEnd: 30000,
  },
  hooks: [
    { integration: 'content-check', hook: 'astro:config:setup', ms: 600 },
    { integration: '@astrojs/mdx', hook: 'astro:config:setup', ms: 0.2 },
    { integration: 'peace-plan:search', hook: 'astro:build:done', ms: 4000 },
    { integration: 'peace-plan:social-cards', hook: 'astro:build:done', ms: 9000 },
  ],
  plugins: [
    { name: 'remarkStatus', ms: 50, calls: 100 },
    { name: 'rehypeMermaid', ms: 900, calls: 100 },
  ],
  pages: 150,
};

describe('phaseRows', () => {
  it('lists the phases in build order, with the parts of each under it', () => {
    expect(phaseRows(timings)).toEqual([
      { phase: 'start-up and configuration', ms: 1000 },
      { phase: 'content-check', ms: 600, partOf: 'start-up and configuration' },
      { phase: 'content layer (YAML and Markdown)', ms: 2000 },
      { phase: 'Vite bundle (MDX compiled here)', ms: 6000 },
      { phase: 'rehypeMermaid (100 files)', ms: 900, partOf: 'Markdown plugins, in both' },
      { phase: 'remarkStatus (100 files)', ms: 50, partOf: 'Markdown plugins, in both' },
      { phase: 'page rendering', ms: 6000 },
      { phase: 'peace-plan:search', ms: 4000 },
      { phase: 'peace-plan:social-cards', ms: 9000 },
    ]);
  });

  it('leaves out a phase whose moments were not recorded', () => {
    const { bundleStart: _, ...marks } = timings.marks;
    const phases = phaseRows({ ...timings, marks }).map((r) => r.phase);
    expect(phases).not.toContain('Vite bundle (MDX compiled here)');
    expect(phases).toContain('page rendering');
  });
});
