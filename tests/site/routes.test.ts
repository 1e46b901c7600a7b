/**
 * The route table (src/site/routes.ts), which the content check follows links with, against the
 * build: every address it lists is a built file, every page the build makes is in it, and every
 * anchor it knows before the build is an id on the built page.
 */
import { describe, expect, it } from 'vitest';
import { checkContentSet, readContentDir } from '../../src/collections/index.ts';
import { contentRoutes } from '../../src/collections/check/links.ts';
import { parseBody } from '../../src/collections/check/parse.ts';
import { distFiles, fileForPath, pages, urlOf } from './helpers/dist.ts';

const content = readContentDir('content');
const bodies = content.valid('pages').map((page) => ({
  id: page.id,
  file: page.file,
  tree: parseBody(page.body ?? '', page.mdx),
}));
const routes = contentRoutes(bodies, (collection) => [...content.ids(collection)]);

describe('the route table', () => {
  it('is read from content with no problem', () => {
    expect(checkContentSet(content).problems).toEqual([]);
  });

  it('lists only addresses the build serves', () => {
    const missing = [...routes.keys()].filter((path) => fileForPath(path) === undefined);
    expect(missing).toEqual([]);
  });

  it('lists every page the build makes (besides the 404 page)', () => {
    const built = distFiles()
      .filter((file) => file.endsWith('.html') && file !== '404.html')
      .map(urlOf);
    expect(built.filter((url) => !routes.has(url))).toEqual([]);
  });

  it('knows only anchors that the built pages have', () => {
    const ids = new Map(
      pages().map((page) => [
        page.url,
        new Set([...page.html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])),
      ]),
    );
    const wrong = [...routes.values()].flatMap((route) =>
      [...(route.anchors ?? [])]
        .filter((anchor) => anchor !== 'references' && route.path.endsWith('/'))
        .filter((anchor) => !ids.get(route.path)?.has(anchor))
        .map((anchor) => `${route.path}#${anchor}`),
    );
    expect(wrong).toEqual([]);
  });
});
