/**
 * Browser fallback for builds without Chromium: draws each `<pre class="mermaid">` left by the
 * build. Injected on every page only in that mode; mermaid itself (large) is imported only on a
 * page that has a diagram. The SVG gets the same theme tokens as a build-time one, so it follows
 * the theme toggle without redrawing.
 */
import { replaceLiteralsInCss } from '../colour.ts';
import { forRendering } from '../source.ts';
import { applyThemeTokens, sentinelThemeVariables } from '../theme.ts';

async function drawDiagrams(blocks: HTMLElement[]): Promise<void> {
  const { default: mermaid } = await import('mermaid');
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    theme: 'base',
    themeVariables: sentinelThemeVariables(),
    fontFamily: 'Arial, "Liberation Sans", Helvetica, sans-serif',
    htmlLabels: false,
    flowchart: { htmlLabels: false, wrappingWidth: 260 },
  });
  for (const [index, pre] of blocks.entries()) {
    const holderDiv = pre.closest('.diagram');
    const id = `${holderDiv?.id.replace(/-figure$/, '') || `dg-client-${index}`}`;
    try {
      const { svg } = await mermaid.render(id, forRendering(pre.textContent ?? ''));
      const holder = document.createElement('div');
      holder.innerHTML = replaceLiteralsInCss(applyThemeTokens(svg));
      const element = holder.querySelector('svg');
      if (!element) continue;
      element.setAttribute('role', 'img');
      element.removeAttribute('aria-roledescription');
      element.classList.add('diagram__svg');
      pre.replaceWith(element);
    } catch (error) {
      // The source stays visible, and the text version below it still says what it shows.
      console.warn(`Diagram ${id} could not be drawn:`, error);
    }
  }
}

const blocks = [...document.querySelectorAll<HTMLElement>('.diagram pre.mermaid')];
if (blocks.length) void drawDiagrams(blocks);
