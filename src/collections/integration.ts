/**
 * The content check as an Astro integration. It runs in `astro:config:setup`, before the content
 * layer loads or any Markdown is compiled, so a contributor gets every problem at once, each as
 * `file:line: what is wrong and how to fix it`, instead of the first error deep in a build.
 * List it first in `integrations`.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContentDir, formatReport } from './check/index.ts';

/** Options of the contentCheck() integration. */
export interface ContentCheckOptions {
  /** The content folder, relative to the project root. Default: "content". */
  contentDir?: string;
}

/**
 * Check content/ before every build (and `astro check`/`astro sync`): any problem fails with one
 * error listing them all. In `astro dev` the problems are logged instead, so the server keeps
 * running while the contributor fixes them.
 */
export function contentCheck(options: ContentCheckOptions = {}): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const folder = (options.contentDir ?? 'content').replace(/\/+$/, '');
        const dir = fileURLToPath(new URL(folder, config.root));
        const problems = checkContentDir(dir);
        if (problems.length === 0) {
          logger.info(`${folder}/ checked: no problems.`);
          return;
        }
        const report = formatReport(problems);
        if (command === 'dev') logger.error(report);
        else {
          const error = new Error(report);
          error.stack = ''; // a stack into this file would only bury the list of problems
          throw error;
        }
      },
    },
  };
}

export default contentCheck;
