/**
 * `npm run check:mdx`: checks every .mdx file under content/ (or the folders given as
 * arguments) against the MDX content policy, without building. Exits 1 on any problem.
 */
import { checkMdxFolders, policyError } from '../src/collections/mdx-guard.ts';

const dirs = process.argv.slice(2);
const { problems, files } = checkMdxFolders(process.cwd(), dirs.length > 0 ? dirs : ['content']);
if (problems.length > 0) {
  console.error(policyError(problems).message);
  process.exit(1);
}
console.log(`MDX content policy: ${files} files checked, no problems.`);
