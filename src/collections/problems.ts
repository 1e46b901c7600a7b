/** Shared shapes of the content check. */

/** One thing wrong with the content, pointing at the place to fix it. */
export interface Problem {
  /** The file, relative to the project root, with forward slashes: "content/events/x.yaml". */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** 1-based column, when it helps (YAML syntax errors). */
  column?: number;
  /** What is wrong and how to fix it, without the file and line. */
  message: string;
}

/** A file handed to the check: where it is and what it contains. */
export interface ContentFile {
  /** Path relative to the project root, with forward slashes: "content/actors/kremlin.yaml". */
  path: string;
  text: string;
}

/** `file:line[:column]: message`, the form editors and terminals turn into links. */
export function formatProblem(problem: Problem): string {
  const column = problem.column === undefined ? '' : `:${problem.column}`;
  return `${problem.file}:${problem.line}${column}: ${problem.message}`;
}

/** Problems in file order, then line and column order, so a contributor can work top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}

/** The report printed by the CLI and thrown by the Astro integration. */
export function formatReport(problems: Problem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [
    `Content check found ${count}. Fix each one at the file and line shown:`,
    '',
    ...sortProblems(problems).map(formatProblem),
  ].join('\n');
}
