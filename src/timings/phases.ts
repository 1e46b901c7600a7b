/**
 * Where a build's time goes, from the moments it passed and the time each step took: the rows
 * `npm run bench` prints for every size of site it builds. Pure.
 */

/** What the build recorded (see record.ts), every time in ms since the build process started. */
export interface BuildTimings {
  /** When each moment of the build was first or last reached. */
  marks: Partial<Record<MarkName, number>>;
  /** The time each integration spent in each of its hooks. */
  hooks: { integration: string; hook: string; ms: number }[];
  /** The time each Markdown plugin spent, over every file, and how many files it saw. */
  plugins: { name: string; ms: number; calls: number }[];
  /** The HTML pages the build wrote. */
  pages: number;
}

/** The moments of an Astro build, in the order they happen. */
export const MARKS = [
  'configDone',
  'buildStart',
  'bundleStart',
  'bundleEnd',
  'generated',
  'doneStart',
  'doneEnd',
] as const;
export type MarkName = (typeof MARKS)[number];

/** One row: a phase, its time, and what it costs per page built. */
export interface PhaseRow {
  phase: string;
  ms: number;
  /** Indented under the phase before it: a part of it, not an addition. */
  partOf?: string;
}

const span = (t: BuildTimings, from: MarkName, to: MarkName) => {
  const a = t.marks[from];
  const b = t.marks[to];
  return a === undefined || b === undefined ? undefined : Math.max(0, b - a);
};

/**
 * The phases of a build, in order: start-up (with the content check), the content layer, the
 * Vite bundle (where MDX compiles), page rendering, then each integration after the build; the
 * Markdown plugins, which run inside the content layer and the bundle, as parts of those.
 * A phase whose moments were not recorded is left out.
 */
export function phaseRows(t: BuildTimings): PhaseRow[] {
  const rows: PhaseRow[] = [];
  const add = (phase: string, ms: number | undefined, partOf?: string) => {
    if (ms !== undefined) rows.push(partOf ? { phase, ms, partOf } : { phase, ms });
  };
  const hook = (hookName: string) => t.hooks.filter((h) => h.hook === hookName);
  add('start-up and configuration', t.marks.configDone);
  for (const h of hook('astro:config:setup').filter((h) => h.ms >= 1)) {
    add(h.integration, h.ms, 'start-up and configuration');
  }
  add('content layer (YAML and Markdown)', span(t, 'configDone', 'buildStart'));
  add('Vite bundle (MDX compiled here)', span(t, 'bundleStart', 'bundleEnd'));
  for (const p of [...t.plugins].sort((a, b) => b.ms - a.ms)) {
    add(`${p.name} (${p.calls} files)`, p.ms, 'Markdown plugins, in both');
  }
  add('page rendering', span(t, 'bundleEnd', 'generated'));
  for (const h of hook('astro:build:done')) add(h.integration, h.ms);
  return rows;
}
