/**
 * Broken diagrams that must fail the build.
 *
 * An error in an `.mdx` file stops the build by itself. An error in a `.md` content entry does
 * not: Astro's content layer logs it and carries on, and on the next build it skips the unchanged
 * file entirely (its render is cached), so the error would vanish. The rehype plugin therefore
 * records every failure here, in memory and on disk with a hash of the file, and the integration
 * fails the build while any recorded file is still unchanged.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cacheDir } from './renderer.ts';

interface Recorded {
  sha: string;
  message: string;
}

const KEY = Symbol.for('peace-plan.diagram-failures');

function memory(): Map<string, string> {
  const g = globalThis as unknown as Record<symbol, Map<string, string> | undefined>;
  return (g[KEY] ??= new Map());
}

const diskFile = () => join(cacheDir(), 'failures.json');

function readDisk(): Record<string, Recorded> {
  try {
    return JSON.parse(readFileSync(diskFile(), 'utf8')) as Record<string, Recorded>;
  } catch {
    return {};
  }
}

function writeDisk(data: Record<string, Recorded>): void {
  mkdirSync(cacheDir(), { recursive: true });
  writeFileSync(diskFile(), JSON.stringify(data, null, 2));
}

function sha(file: string): string | undefined {
  const path = resolve(file);
  return existsSync(path)
    ? createHash('sha256').update(readFileSync(path)).digest('hex')
    : undefined;
}

/**
 * Records that `file` (relative to the project) has a broken diagram. Only `.md` files are kept
 * on disk: every other file is compiled again on each build, so its error comes back by itself.
 */
export function recordFailure(file: string, message: string): void {
  memory().set(file, message);
  const hash = sha(file);
  if (!hash || !file.endsWith('.md')) return;
  const data = readDisk();
  data[file] = { sha: hash, message };
  writeDisk(data);
}

/** Forgets a file's failure once all its diagrams render. */
export function clearFailure(file: string): void {
  memory().delete(file);
  const data = readDisk();
  if (!(file in data)) return;
  delete data[file];
  writeDisk(data);
}

/** Messages of every broken diagram seen in this build or still unchanged since an earlier one. */
export function outstandingFailures(): string[] {
  const messages = new Map(memory());
  for (const [file, recorded] of Object.entries(readDisk())) {
    if (!messages.has(file) && sha(file) === recorded.sha) {
      const note = `(Found in an earlier build; ${file} has not changed since, so Astro did not render it again.)`;
      messages.set(file, `${recorded.message}\n${note}`);
    }
  }
  return [...messages.values()];
}

/** Forgets everything recorded in this process (for tests). */
export function resetFailuresForTests(): void {
  memory().clear();
}
