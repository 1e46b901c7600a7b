/**
 * Runs the diagram plugin inside Astro's own Markdown and MDX processors, fed the way Astro feeds
 * them: a `.md` content entry arrives as its body with the front matter cut and the text trimmed
 * (so tree positions are off by the front matter), an `.mdx` file with its front matter blanked.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor, parseFrontmatter, unified } from '@astrojs/markdown-remark';
import rehypeMermaid from '../../../src/diagrams/rehype-mermaid.ts';

/** Renders a `.md` fixture like Astro's content layer does; resolves to its HTML. */
export async function renderMd(path: string): Promise<string> {
  const processor = await createMarkdownProcessor({
    rehypePlugins: [rehypeMermaid],
    syntaxHighlight: false,
  });
  const body = parseFrontmatter(readFileSync(path, 'utf8'), {
    frontmatter: 'empty-with-spaces',
  }).content.trim();
  const { code } = await processor.render(body, { fileURL: pathToFileURL(resolve(path)) });
  return code;
}

/** Compiles an `.mdx` fixture like @astrojs/mdx does; resolves to the compiled module's code. */
export async function compileMdx(path: string): Promise<string> {
  const renderer = await unified({ rehypePlugins: [rehypeMermaid] }).createMdxRenderer?.(
    { syntaxHighlight: false },
    { optimize: false },
  );
  if (!renderer) throw new Error('This Astro version cannot render MDX with unified().');
  const body = parseFrontmatter(readFileSync(path, 'utf8'), {
    frontmatter: 'empty-with-spaces',
  }).content;
  return (await renderer.process(body, resolve(path), {})).code;
}
