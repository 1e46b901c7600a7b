/**
 * The shared vocabulary: words, labels, dates and addresses that both the browser code and the
 * build use. Nothing here imports a package, `node:*` or a build module (a test enforces it), so
 * any `client/` module may import it.
 */
export * from './vocabulary.ts';
export * from './urls.ts';
export * from './sides.ts';
export * from './tracker-labels.ts';
export * from './suggest.ts';
export * from './coalesced-task.ts';
export * from './throttle.ts';
