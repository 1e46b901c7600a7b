/**
 * Offline reading: after the build, integration.ts writes dist/sw.js, the service worker that
 * keeps the site readable without a network, with the build's manifest (manifest.ts: each file's
 * revision and size); client/plan.ts decides what it saves and when.
 */
export { default as offline, SERVICE_WORKER_FILE, writeServiceWorker } from './integration.ts';
