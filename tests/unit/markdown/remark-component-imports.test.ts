import { existsSync } from 'node:fs';
import { unified } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified as unifiedProcessor } from 'unified';
import { describe, expect, it } from 'vitest';
import { MDX_COMPONENT_NAMES } from '../../../src/collections/components.ts';
import remarkComponentImports, {
  componentsUsed,
  mdxComponentFile,
} from '../../../src/markdown/remark-component-imports.ts';

const parse = (mdx: string) =>
  unifiedProcessor().use(remarkParse).use(remarkMdx).parse(mdx) as Root;

describe('each component a page uses, imported by the page', () => {
  it('finds the components a page uses, once each, and nothing else', () => {
    const tree = parse(
      'Text <Quote by="x">in a line</Quote>.\n\n<StatusLegend />\n\n<StatusLegend />\n\n<div>plain</div>\n\n<Unknown />\n',
    );
    expect(componentsUsed(tree)).toEqual(['Quote', 'StatusLegend']);
    expect(componentsUsed(parse('No components at all.'))).toEqual([]);
  });

  it('has a file in src/components/ for every component name', () => {
    const missing = MDX_COMPONENT_NAMES.filter((name) => !existsSync(mdxComponentFile(name)));
    expect(missing, 'names without src/components/<Name>.astro').toEqual([]);
  });

  it('compiles into an MDX module that imports the components from their files', async () => {
    const processor = unified({ remarkPlugins: [remarkComponentImports] });
    const renderer = await processor.createMdxRenderer?.(
      { syntaxHighlight: false },
      { optimize: false },
    );
    if (!renderer) throw new Error('This Astro version cannot render MDX with unified().');
    const { code } = await renderer.process(
      'Before.\n\n<StatusLegend />\n\nAfter.\n',
      '/tmp/page.mdx',
      {},
    );
    expect(code).toContain(
      `import StatusLegend from ${JSON.stringify(mdxComponentFile('StatusLegend'))}`,
    );
    expect(code).not.toContain('Quote.astro');
  });

  it('leaves a page without components as it was', async () => {
    const tree = parse('Only text.');
    const before = JSON.stringify(tree);
    await unifiedProcessor().use(remarkComponentImports).run(tree);
    expect(JSON.stringify(tree)).toBe(before);
  });
});
