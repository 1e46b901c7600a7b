/**
 * Build timings for `npm run bench`: what each phase, integration and Markdown plugin of a build
 * costs (record.ts records them when PEACE_BUILD_TIMINGS names a file; phases.ts turns them into
 * the rows the bench prints).
 */
export { buildTimings, timed, timedPlugin } from './record.ts';
export { MARKS, phaseRows, type BuildTimings, type MarkName, type PhaseRow } from './phases.ts';
