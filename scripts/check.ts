/**
 * `npm run check [folder]`: the whole content check of a content folder (default: content), with
 * no build and no browser: schemas, references, citations, status words, links and anchors, the
 * MDX policy, diagrams (accTitle/accDescr and Mermaid syntax) and raw HTML the build would strip.
 * Prints every problem as `file:line: what is wrong`, then warnings and notes. Exits with 1 when
 * there is an error, so CI fails. Runs on Node's built-in TypeScript type stripping.
 */
import { checkFolderFully, formatReport, isError } from '../src/collections/index.ts';

const folder = process.argv[2] ?? 'content';
const started = performance.now();
const { problems, entries, diagramsJudged } = await checkFolderFully(folder);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (problems.length > 0) console.error(formatReport(problems));
const errors = problems.filter(isError).length;
const summary =
  `Content check of ${folder}: ${entries} entries, ${diagramsJudged} diagram(s) parsed by ` +
  `Mermaid; ${errors === 0 ? 'no problems' : `${errors} problem(s)`} (${seconds} s).`;
if (errors > 0) {
  console.error(`\n${summary}`);
  process.exitCode = 1;
} else {
  console.log(summary);
}
