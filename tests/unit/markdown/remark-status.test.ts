import { describe, expect, it } from 'vitest';
import { STATUS_WORDS } from '../../../src/collections/schemas.ts';
import remarkStatus from '../../../src/markdown/remark-status.ts';
import { statusUrl } from '../../../src/shared/urls.ts';
import { render } from './pipeline.ts';

describe('remark-status', () => {
  it('turns [!word] into a labelled badge linking to its meaning', async () => {
    const { html } = await render('Ukraine agreed [!unconfirmed].', [remarkStatus]);
    expect(html).toBe(
      '<p>Ukraine agreed\u00a0<span class="status status-unconfirmed" data-status="unconfirmed"><a href="/sources-and-method/#status-unconfirmed" aria-label="Status: unconfirmed — see what this means">unconfirmed</a></span>.</p>',
    );
  });

  it('handles every status word, in MDX too, linking where StatusBadge.astro links', async () => {
    const markdown = STATUS_WORDS.map((word) => `[!${word}]`).join(' ');
    const { html } = await render(markdown, [remarkStatus], { mdx: true });
    for (const word of STATUS_WORDS) {
      expect(statusUrl(word)).toBe(`/sources-and-method/#status-${word}`);
      expect(html).toContain(
        `<span class="status status-${word}" data-status="${word}"><a href="${statusUrl(word)}"`,
      );
    }
  });

  it('leaves code and citations alone', async () => {
    const { html } = await render('`[!unknown]` and [@x].', [remarkStatus]);
    expect(html).toBe('<p><code>[!unknown]</code> and [@x].</p>');
  });

  it('fails on an unknown word with file, line and the list of words', async () => {
    await expect(
      render('First line\nsecond [!confimed].', [remarkStatus], {
        path: `${process.cwd()}/content/pages/x.mdx`,
      }),
    ).rejects.toThrow(
      'content/pages/x.mdx:2: unknown status word "confimed" in badge [!confimed] (did you mean "confirmed"?). Use one of the status words: confirmed, reported, unconfirmed, disputed, unknown.',
    );
  });
});
