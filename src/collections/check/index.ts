/**
 * The content check: every file of every collection in content/, validated and cross-checked,
 * with every problem reported at once as `file:line: what is wrong and how to fix it`.
 * Run by `npm run check:content` and, before each build, by the contentCheck() integration.
 */
export { checkContent } from './check.ts';
export { checkContentDir, readContentFiles } from './read.ts';
export { formatProblem, formatReport, sortProblems } from '../problems.ts';
export type { ContentFile, Problem } from '../problems.ts';
