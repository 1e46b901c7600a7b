/**
 * Diagrams: Mermaid drawn to inline SVG at build time. A ```mermaid fence goes through
 * rehype-mermaid.ts, a generated diagram (timeline, actor map, plan path: generated/) through
 * html.ts; both use renderer.ts (one Chromium per build, a disk cache in cache.ts) and
 * svg.ts/figure.ts for the figure readers get. client/fallback.ts draws diagrams in the reader's
 * browser only when the build had no Chromium.
 */
export { default as diagrams } from './integration.ts';
export { default as rehypeMermaid } from './rehype-mermaid.ts';
export { diagramHtml } from './html.ts';
export { actorMapDiagram } from './generated/actor-map.ts';
export { planPathDiagram } from './generated/plan-path.ts';
export { timelineDiagram, type TimelineOptions } from './generated/timeline.ts';
export { CHROME_ARGS, SHARED_BROWSER_ENV, WELL_KNOWN_CHROMES } from './chromium.ts';
export { stableJson } from './cache.ts';
export {
  accessibilityHelpLine,
  diagramType,
  extractAccessibility,
  forRendering,
} from './source.ts';
export { judgeDiagramSyntax, type SyntaxVerdict } from './syntax.ts';
