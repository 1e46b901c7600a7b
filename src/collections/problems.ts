/** The content check's one kind of problem, and how it is printed. */

/**
 * How bad a problem is. An `error` stops the build; a `warning` is something the build changes
 * silently (raw HTML it strips); a `note` says what the check could not judge, and why.
 */
export type Severity = 'error' | 'warning' | 'note';

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
  /** Default: `error`. */
  severity?: Severity;
}

/** Whether a problem stops the build. */
export const isError = (problem: Problem): boolean => (problem.severity ?? 'error') === 'error';

/**
 * `file:line[:column]: message`, the form editors and terminals turn into links; warnings and
 * notes say so after the place.
 */
export function formatProblem(problem: Problem): string {
  const column = problem.column === undefined ? '' : `:${problem.column}`;
  const kind = isError(problem) ? '' : `${problem.severity}: `;
  return `${problem.file}:${problem.line}${column}: ${kind}${problem.message}`;
}

/** Problems in file order, then line and column order, so a contributor can work top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/**
 * The report printed by `npm run check` and thrown by the build: errors first (they must be
 * fixed), then warnings, then notes.
 */
export function formatReport(problems: readonly Problem[]): string {
  const errors = problems.filter(isError);
  const others = problems.filter((p) => !isError(p));
  const lines: string[] = [];
  if (errors.length > 0) {
    lines.push(
      `Content check found ${count(errors.length, 'problem')}. Fix each one at the file and line shown:`,
      '',
      ...sortProblems(errors).map(formatProblem),
    );
  }
  const warnings = others.filter((p) => p.severity === 'warning');
  if (warnings.length > 0) {
    if (lines.length > 0) lines.push('');
    lines.push(
      `${count(warnings.length, 'warning')}:`,
      ...sortProblems(warnings).map(formatProblem),
    );
  }
  const notes = others.filter((p) => p.severity === 'note');
  if (notes.length > 0) {
    if (lines.length > 0) lines.push('');
    lines.push(`${count(notes.length, 'note')}:`, ...sortProblems(notes).map(formatProblem));
  }
  return lines.join('\n');
}
