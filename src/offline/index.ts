/**
 * Offline reading: after the build, integration.ts writes dist/sw.js, the service worker that
 * keeps the site readable without a network (precache.ts decides what it saves).
 */
export { default as offline, SERVICE_WORKER_FILE } from './integration.ts';
