/**
 * The content check as an Astro integration. In `astro:config:setup`, before the content layer
 * loads anything and before @astrojs/mdx compiles a single file, it runs the whole check on
 * content/ (schemas, references, citations, links, diagrams and the MDX policy), so a contributor
 * gets every problem at once as `file:line: what is wrong and how to fix it`, and a hostile pull
 * request stops before its code can run. A Vite plugin ordered before @astrojs/mdx then applies
 * the MDX policy to each `.mdx` module as it is loaded, which covers files edited during
 * `astro dev` and any `.mdx` outside content/ (in a build, the files of content/ were checked a
 * moment before, so they are not parsed a second time). In `astro dev`, a second plugin (dev-check.ts)
 * checks content/ again on every change and shows the errors in the browser's error overlay,
 * in place of the pages, until they are fixed. List it first in `integrations`.
 */
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContentFolder, checkMdx } from './check/index.ts';
import { devContentCheck, logReport } from './dev-check.ts';
import { formatReport, isError, type Problem } from './problems.ts';

/** Options of the contentCheck() integration. */
export interface ContentCheckOptions {
  /** The content folder, relative to the project root. Default: "content". */
  contentDir?: string;
}

/** The error a build stops with: the report, without a stack into this file to bury it. */
function checkError(problems: readonly Problem[]): Error {
  const error = new Error(
    `${formatReport(problems)}\n\nCheck again without building: npm run check`,
  );
  error.stack = '';
  return error;
}

/**
 * Check content/ before every build (and `astro check`/`astro sync`): any error fails with one
 * error listing them all; warnings are logged. In `astro dev` errors are logged instead, so the
 * server keeps running while the contributor fixes them, and shown in the browser's overlay.
 */
export function contentCheck(options: ContentCheckOptions = {}): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const folder = (options.contentDir ?? 'content').replace(/\/+$/, '');
        const contentDir = fileURLToPath(new URL(folder, config.root));
        const first = checkContentFolder(contentDir);
        if (command !== 'dev' && first.problems.some(isError)) throw checkError(first.problems);
        logReport(logger, folder, first.problems);
        const checked = (id: string) =>
          command !== 'dev' && !relative(contentDir, id).startsWith('..');
        updateConfig({
          vite: {
            plugins: [
              ...(command === 'dev'
                ? [devContentCheck({ contentDir, folder, first, log: logger })]
                : []),
              {
                name: 'peace-plan:mdx-policy',
                enforce: 'pre',
                transform(code: string, id: string) {
                  // The same filter as @astrojs/mdx's compiler: an id with a query string
                  // (`x.mdx?astroPropagatedAssets`) is a module Astro generates, not the file.
                  if (!id.endsWith('.mdx') || checked(id)) return null;
                  const found = checkMdx(code, relative(root, id).split(sep).join('/'));
                  if (found.length > 0) throw checkError(found);
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

export default contentCheck;
