/**
 * `npm run check:content [folder]`: check the content folder (default: content/) and print every
 * problem as `file:line: message`. Exits with 1 when there are problems, so CI fails.
 * Runs on Node's built-in TypeScript type stripping; no build needed.
 */
import { resolve } from 'node:path';
import { checkContentDir, formatReport } from '../src/collections/check/index.ts';

const folder = process.argv[2] ?? 'content';
const problems = checkContentDir(resolve(folder));
if (problems.length > 0) {
  console.error(formatReport(problems));
  process.exitCode = 1;
} else {
  console.log(`Content check: no problems in ${folder}/.`);
}
