/**
 * The MDX content policy as an Astro integration and a CLI helper.
 *
 * The integration checks every `.mdx` file under `content/` in `astro:config:setup`, before the
 * content layer loads anything and before @astrojs/mdx compiles a single file, so a hostile pull
 * request stops the build before its code can run. A Vite plugin ordered before @astrojs/mdx also
 * checks each `.mdx` module as it is loaded, which covers files added or edited during `astro dev`
 * and any `.mdx` outside `content/`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkMdx, formatProblems, type PolicyProblem } from './check/policy.ts';

/** Options of {@link mdxPolicy}. */
export interface MdxPolicyOptions {
  /** Folders (relative to the project root) whose `.mdx` files are checked. Default: `['content']`. */
  dirs?: string[];
}

/** Lists the `.mdx` files under `dir`, sorted, as absolute paths. A missing folder has none. */
export function findMdxFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return entries
    .filter((name) => name.endsWith('.mdx') && !name.split(sep).includes('node_modules'))
    .map((name) => join(dir, name))
    .sort();
}

/**
 * Checks every `.mdx` file under the given folders.
 * @param root The project root; messages name files relative to it.
 * @param dirs Folders relative to `root`.
 * @returns The problems and the number of files checked.
 */
export function checkMdxFolders(
  root: string,
  dirs: readonly string[],
): { problems: PolicyProblem[]; files: number } {
  const files = dirs.flatMap((dir) => findMdxFiles(join(root, dir)));
  const problems = files.flatMap((file) =>
    checkMdx(readFileSync(file, 'utf8'), relative(root, file).split(sep).join('/')),
  );
  return { problems, files: files.length };
}

/** The error thrown when content breaks the policy: every problem, then what to run. */
export function policyError(problems: readonly PolicyProblem[]): Error {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return new Error(
    `MDX content policy: ${count}. Content may not run code at build time or in the browser.\n` +
      `${formatProblems(problems)}\nFix these, then check again with: npm run check:mdx`,
  );
}

/**
 * The Astro integration. List it BEFORE `mdx()` in `integrations`, so its Vite plugin runs
 * before the MDX compiler's.
 */
export function mdxPolicy(options: MdxPolicyOptions = {}): AstroIntegration {
  const dirs = options.dirs ?? ['content'];
  return {
    name: 'peace-plan:mdx-policy',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, logger }) => {
        const root = fileURLToPath(config.root);
        const { problems, files } = checkMdxFolders(root, dirs);
        if (problems.length > 0) throw policyError(problems);
        logger.info(`${files} MDX files follow the content policy.`);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'peace-plan:mdx-policy',
                enforce: 'pre',
                transform(code: string, id: string) {
                  // The same filter as @astrojs/mdx's compiler: an id with a query string
                  // (`x.mdx?astroPropagatedAssets`) is a module Astro generates, not the file.
                  if (!id.endsWith('.mdx')) return null;
                  const found = checkMdx(code, relative(root, id).split(sep).join('/'));
                  if (found.length > 0) throw policyError(found);
                  return null;
                },
              },
            ],
          },
        });
      },
    },
  };
}
