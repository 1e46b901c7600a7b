import { readFileSync } from 'node:fs';
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeSanitizeMarkdown } from '../../../src/security/sanitize.ts';

/** A stand-in for the citation and status plugins: marks shaped like theirs, built in mdast. */
function remarkFakeCitation() {
  return (tree: { children: unknown[] }) => {
    tree.children.push({
      type: 'paragraph',
      children: [
        {
          type: 'emphasis',
          data: { hName: 'sup', hProperties: { className: ['cite'], id: 'cite-1' } },
          children: [{ type: 'link', url: '#ref-1', children: [{ type: 'text', value: '1' }] }],
        },
        {
          type: 'emphasis',
          data: {
            hName: 'span',
            hProperties: { className: ['status', 'status-unconfirmed'], ariaLabel: 'Unconfirmed' },
          },
          children: [{ type: 'text', value: 'unconfirmed' }],
        },
      ],
    });
    tree.children.push({
      type: 'list',
      ordered: true,
      data: { hProperties: { className: ['references'] } },
      children: [
        {
          type: 'listItem',
          data: { hProperties: { id: 'ref-1' } },
          children: [
            {
              type: 'link',
              url: '#cite-1',
              data: { hProperties: { className: ['cite-back'], ariaLabel: 'Back to citation 1' } },
              children: [{ type: 'text', value: '↩' }],
            },
          ],
        },
      ],
    });
  };
}

/** Renders Markdown through Astro's own unified pipeline, as the build does for `.md`. */
async function render(markdown: string): Promise<string> {
  const processor = await createMarkdownProcessor({
    syntaxHighlight: false,
    remarkPlugins: [remarkFakeCitation],
    rehypePlugins: [rehypeSanitizeMarkdown],
  });
  return (await processor.render(markdown)).code;
}

const fixture = parseFrontmatter(
  readFileSync('tests/fixtures/hostile/raw-html.md', 'utf8'),
).content;

describe('rehypeSanitizeMarkdown on hostile Markdown', async () => {
  const html = await render(fixture);

  it('removes scripts with their content, event handlers and iframes', () => {
    expect(html).not.toMatch(/<script|alert\('script'\)|<iframe|attacker\.example/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).toContain('<img src="x">');
  });

  it('removes javascript: URLs from Markdown links and raw links, keeping their text', () => {
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain('<a>link</a>');
    expect(html).toContain('<a>raw link</a>');
  });

  it('removes style attributes but keeps the text and harmless HTML', () => {
    expect(html).toContain('<p>Styled paragraph.</p>');
    expect(html).toContain('<details><summary>More</summary>Hidden text.</details>');
  });

  it('keeps heading ids without a user-content- prefix', () => {
    expect(html).toContain('<h2 id="a-heading-that-keeps-its-id">');
    expect(html).not.toContain('user-content-');
  });

  it('keeps the mermaid code block for the diagram plugin', () => {
    expect(html).toMatch(/<pre><code class="language-mermaid">flowchart LR/);
  });

  it('keeps the references list and its back links, classes included', () => {
    expect(html).toContain('<ol class="references">');
    expect(html).toContain('<li id="ref-1">');
    expect(html).toContain('<a href="#cite-1" class="cite-back" aria-label="Back to citation 1">');
  });

  it('keeps citation and status markup from remark plugins', () => {
    expect(html).toContain('<sup class="cite" id="cite-1"><a href="#ref-1">1</a></sup>');
    expect(html).toContain(
      '<span class="status status-unconfirmed" aria-label="Unconfirmed">unconfirmed</span>',
    );
  });
});

describe('rehypeSanitizeMarkdown on other input', () => {
  it('keeps GFM footnotes linked to their notes', async () => {
    const html = await render('Text.[^1]\n\n[^1]: A note.');
    // `#ref-1` and `#cite-1` come from the fake citation plugin above.
    const hrefs = [...html.matchAll(/href="#([^"]+)"/g)]
      .map((m) => m[1])
      .filter((href) => href !== 'ref-1' && href !== 'cite-1');
    const ids = new Set([...html.matchAll(/id="([^"]+)"/g)].map((m) => m[1]));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(ids).toContain(href);
  });

  it('drops data: and vbscript: URLs and name attributes', async () => {
    const html = await render(
      '![x](data:image/png;base64,AAAA) <a href="vbscript:x">v</a> <img src="a.png" name="cookie">',
    );
    expect(html).not.toMatch(/data:|vbscript:|name=/);
  });

  it('keeps source positions, which the diagram plugin uses to name the line of a bad diagram', async () => {
    const lines: number[] = [];
    const spy = () => (tree: Root) => {
      const walk = (node: Root | Root['children'][number]): void => {
        if (node.type === 'element' && node.tagName === 'code') {
          lines.push(node.position?.start.line ?? 0);
        }
        if ('children' in node) node.children.forEach(walk);
      };
      walk(tree);
    };
    const processor = await createMarkdownProcessor({
      syntaxHighlight: false,
      rehypePlugins: [rehypeSanitizeMarkdown, spy],
    });
    await processor.render('# T\n\n<b>raw</b>\n\n```mermaid\nflowchart LR\n  A --> B\n```\n');
    expect(lines).toEqual([5]);
  });

  it('leaves MDX trees untouched: the MDX policy guards them instead', () => {
    const tree = {
      type: 'root',
      children: [{ type: 'mdxJsxFlowElement', name: 'EventList', attributes: [], children: [] }],
    } as unknown as Root;
    const copy = structuredClone(tree);
    const result = rehypeSanitizeMarkdown()(tree, new VFile({ path: 'content/pages/x.mdx' }));
    expect(result).toEqual(copy);
  });
});
