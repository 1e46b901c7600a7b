/**
 * The content check on a folder: read it with the one reader, check it, and, for the CLI, judge
 * every diagram's syntax with Mermaid's parser (which the build would otherwise only do while
 * drawing). Used by `npm run check` and, before each build, by the contentCheck() integration.
 */
import { judgeDiagramSyntax } from '../../diagrams/syntax.ts';
import { isFolder, readContentDir } from '../reader.ts';
import { sortProblems, type Problem } from '../problems.ts';
import { checkContentSet, type CheckResult } from './check.ts';
import type { DiagramFence } from './body.ts';
import { dictionaryCheck } from './dictionaries.ts';

/** What a check of a folder found. */
export interface FolderCheck {
  problems: Problem[];
  /** How many entries were read. */
  entries: number;
  /** How many diagrams had their syntax judged without a browser. */
  diagramsJudged: number;
}

/**
 * Check the content folder at `dir` (absolute, or relative to the working directory), without
 * the diagram syntax pass. Problems name files relative to the folder's parent ("content/…").
 */
export function checkContentDir(dir: string): Problem[] {
  return checkContentFolder(dir).problems;
}

/**
 * The check of a folder without the diagram syntax pass: its problems, how many entries it read,
 * and the diagrams it found, for {@link withDiagramSyntax} to judge after.
 */
export function checkContentFolder(dir: string): CheckResult & { entries: number } {
  if (!isFolder(dir)) {
    return {
      problems: [
        {
          file: dir,
          line: 1,
          message: 'there is no folder here. Give the path of a content folder, like content.',
        },
      ],
      diagrams: [],
      entries: 0,
    };
  }
  const content = readContentDir(dir);
  if (content.entries.length === 0 && content.problems.length === 0) {
    return {
      problems: [
        {
          file: dir,
          line: 1,
          message:
            'this folder holds no content files, so nothing was checked. Give the folder that ' +
            'holds actors/, events/, pages/ and the other collections, like content.',
        },
      ],
      diagrams: [],
      entries: 0,
    };
  }
  return { ...checkContentSet(content), entries: content.entries.length };
}

/** Problems (and notes) from Mermaid's parser for each diagram. */
export async function diagramSyntaxProblems(
  fences: readonly DiagramFence[],
): Promise<{ problems: Problem[]; judged: number }> {
  const verdicts = await judgeDiagramSyntax(fences.map((f) => f.source));
  const problems: Problem[] = [];
  let judged = 0;
  verdicts.forEach((verdict, i) => {
    const fence = fences[i]!;
    if (verdict.kind === 'ok') judged += 1;
    else if (verdict.kind === 'error') {
      judged += 1;
      problems.push({
        file: fence.file,
        line: fence.line + (verdict.line ?? 1),
        message:
          `mermaid cannot read this diagram, so the build refuses it: ` +
          `${verdict.message.replace(/\s*\n\s*/g, ' | ')} (the diagram starts at line ${fence.line}).`,
      });
    } else {
      problems.push({
        file: fence.file,
        line: fence.line,
        severity: 'note',
        message:
          `the syntax of this diagram could not be checked without a browser (${verdict.reason}); ` +
          'the build checks it when it draws the diagram.',
      });
    }
  });
  return { problems, judged };
}

/**
 * A folder's problems with those of its diagrams' syntax added, sorted: every problem of
 * content/ that `npm run check` reports. The dev server checks content this way on each change
 * (the interface dictionaries are source code, which it compiles itself).
 */
export async function withDiagramSyntax(result: CheckResult): Promise<Problem[]> {
  const syntax = await diagramSyntaxProblems(result.diagrams);
  return sortProblems([...result.problems, ...syntax.problems]);
}

/** The whole check of a folder, diagram syntax included, as `npm run check` runs it. */
export async function checkFolderFully(dir: string): Promise<FolderCheck> {
  const result = checkContentFolder(dir);
  const syntax = await diagramSyntaxProblems(result.diagrams);
  return {
    problems: sortProblems([...result.problems, ...syntax.problems, ...dictionaryCheck()]),
    entries: result.entries,
    diagramsJudged: syntax.judged,
  };
}
