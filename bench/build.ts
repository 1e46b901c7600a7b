/**
 * Run `npm run build` in a project folder and measure it: wall time, the peak memory of its
 * largest process (from GNU time's "Maximum resident set size" when /usr/bin/time exists, else
 * from polling), and the peak memory of the whole process tree (Astro plus the Chromium that
 * draws diagrams), polled from /proc every 100 ms.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildTimings } from '../src/timings/index.ts';

export interface BuildFigures {
  ms: number;
  /** Peak resident memory of the largest single process, in bytes. */
  peakProcessBytes: number;
  /** Peak resident memory of the build and all its child processes together, in bytes (0 without /proc). */
  peakTreeBytes: number;
  /** Where the time went, when the build recorded it (this site's builds do; see src/timings/). */
  timings?: BuildTimings | undefined;
}

/** The file a build in `cwd` writes its timings to (PEACE_BUILD_TIMINGS). */
const timingsFile = (cwd: string) => join(cwd, 'build-timings.json');

function readTimings(file: string): BuildTimings | undefined {
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as BuildTimings;
}

const GNU_TIME = '/usr/bin/time';

/**
 * The peak memory in bytes of the largest process, from the report `/usr/bin/time -v` prints
 * after the build's own output ("Maximum resident set size (kbytes): N"; the kernel's ru_maxrss
 * of the largest descendant the build waited for), or undefined when there is none.
 */
export function gnuTimeMaxRss(output: string): number | undefined {
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1];
  return kb ? Number(kb) * 1024 : undefined;
}

/**
 * The parent process id from the text of /proc/<pid>/stat. The command name, in parentheses,
 * may hold spaces and parentheses, so fields are counted from its last `)`.
 */
export function parentPid(stat: string): number {
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

/** Resident memory in bytes of each process in the tree under `root` (Linux /proc only). */
function treeRss(root: number): number[] {
  if (!existsSync('/proc/self/status')) return [];
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      parents.set(Number(name), parentPid(readFileSync(`/proc/${name}/stat`, 'utf8')));
    } catch {
      // The process ended while we looked.
    }
  }
  const tree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return [...tree].map((pid) => {
    try {
      const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      return Number(kb ?? 0) * 1024;
    } catch {
      return 0;
    }
  });
}

/**
 * Build the project in `cwd`. Throws with the end of the build's output when it fails, so a
 * broken build is never reported as a fast one.
 */
export function timedBuild(
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<BuildFigures> {
  const useTime = existsSync(GNU_TIME);
  const [command, args] = useTime
    ? [GNU_TIME, ['-v', 'npm', 'run', 'build']]
    : ['npm', ['run', 'build']];
  const timings = timingsFile(cwd);
  rmSync(timings, { force: true });
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd,
      env: { ...env, PEACE_BUILD_TIMINGS: timings },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-200_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peakTree = 0;
    let peakProcess = 0;
    const poll = setInterval(() => {
      if (child.pid === undefined) return;
      const sizes = treeRss(child.pid);
      peakTree = Math.max(
        peakTree,
        sizes.reduce((a, b) => a + b, 0),
      );
      peakProcess = Math.max(peakProcess, ...sizes, 0);
    }, 100);
    child.on('error', (error) => {
      clearInterval(poll);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(poll);
      const ms = performance.now() - started;
      if (code !== 0) {
        // The build's own last lines, without GNU time's report after them.
        const own = output.split(/^(?:Command exited with|\tCommand being timed)/m)[0] ?? output;
        const tail = own.trim().split('\n').slice(-25).join('\n');
        reject(
          new Error(`npm run build failed in ${cwd} (exit ${code}). Its last lines:\n${tail}`),
        );
        return;
      }
      resolve({
        ms,
        peakProcessBytes: gnuTimeMaxRss(output) ?? peakProcess,
        peakTreeBytes: peakTree,
        timings: readTimings(timings),
      });
    });
  });
}
