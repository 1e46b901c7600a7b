/**
 * What the reader's browser runs on an ordinary page: client/theme.js (inline, before first
 * paint) and client/loader.ts (the page loader, bundled by src/components/PageLoader.astro),
 * which starts the other client/ modules only where and when they are needed.
 * Everything in this folder is browser code.
 */
export { SEEN_KEY } from './client/seen.ts';
