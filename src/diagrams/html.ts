/**
 * A diagram's figure as an HTML string, for components (`Diagram.astro`). Same renderer, cache
 * and post-processing as the rehype plugin, so a generated diagram looks and behaves exactly like
 * one written in a ```mermaid fence.
 */
import { createHash } from 'node:crypto';
import { toHtml } from 'hast-util-to-html';
import { CACHE_RENDER_ID } from './cache.ts';
import { buildFigure } from './figure.ts';
import { diagramType, extractAccessibility } from './source.ts';
import { processSvg } from './svg.ts';
import { textVersion } from './text.ts';
import { renderDiagram } from './renderer.ts';

/**
 * The figures made in this build, by language, name and source: the same generated diagram on
 * many pages (every copy of a page, both editions' untranslated pages) is processed once.
 */
const made = new Map<string, Promise<string>>();

/**
 * Renders `source` into a `<figure class="diagram">`. `name` names the caller in errors and in
 * the ids (`dg-<name>-<hash of the source>`), so two different diagrams on a page never clash.
 * The same arguments give the same figure, made once.
 */
export function diagramHtml(source: string, name: string, code = 'en'): Promise<string> {
  const key = `${code}\0${name}\0${source}`;
  let figure = made.get(key);
  if (!figure) {
    figure = makeDiagramHtml(source, name, code);
    made.set(key, figure);
    // A diagram that failed is tried again next time, once it has been fixed (`astro dev`).
    figure.catch(() => made.delete(key));
  }
  return figure;
}

async function makeDiagramHtml(source: string, name: string, code: string): Promise<string> {
  const { title, description } = extractAccessibility(source);
  if (!title || !description) {
    throw new Error(`Diagram "${name}": the generated mermaid text has no accTitle or accDescr.`);
  }
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 8);
  const id = `dg-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}-${hash}`;
  const base = {
    id,
    title,
    description,
    type: diagramType(source),
    items: textVersion(source, code),
    code,
  };
  let outcome;
  try {
    outcome = await renderDiagram(source);
  } catch (error) {
    throw new Error(
      `Diagram "${name}": mermaid cannot draw the generated text:\n${(error as Error).message}\n\n${source}`,
    );
  }
  if (outcome.kind === 'client') return toHtml(buildFigure({ ...base, source }));
  const { svg, width } = processSvg(outcome.svg, {
    renderId: CACHE_RENDER_ID,
    id,
    title,
    description,
  });
  return toHtml(buildFigure({ ...base, svg, width }));
}
