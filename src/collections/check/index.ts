/**
 * The content check: every file of every collection in content/, read by the one reader,
 * validated and cross-checked, with every problem reported at once as
 * `file:line: what is wrong and how to fix it`. Run by `npm run check` and, before each build,
 * by the contentCheck() integration.
 */
export { checkContent, checkContentSet } from './check.ts';
export {
  checkContentDir,
  checkContentFolder,
  checkFolderFully,
  diagramSyntaxProblems,
  withDiagramSyntax,
} from './run.ts';
export { checkMdx } from './policy.ts';
