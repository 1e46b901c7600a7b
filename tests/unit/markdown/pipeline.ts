/**
 * Unified pipelines for plugin tests, without a build: parse Markdown (or MDX), run the remark
 * plugins under test, and turn the result into HTML the way remark-rehype would.
 */
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';

/** The HTML and the vfile (with its data) after running `plugins` on `markdown`. */
export async function render(
  markdown: string,
  plugins: PluggableList,
  options: { mdx?: boolean; path?: string; frontmatter?: Record<string, unknown> } = {},
): Promise<{ html: string; file: VFile }> {
  const processor = unified().use(remarkParse).use(remarkGfm);
  if (options.mdx) processor.use(remarkMdx);
  processor.use(plugins);
  const file = new VFile({
    value: markdown,
    ...(options.path ? { path: options.path } : {}),
    data: { astro: { frontmatter: options.frontmatter ?? {} } },
  });
  const tree = (await processor.run(processor.parse(file), file)) as Root;
  return { html: toHtml(toHast(tree)), file };
}

/** The frontmatter the plugins left for the layout. */
export function frontmatter(file: VFile): Record<string, unknown> {
  return (file.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter;
}
