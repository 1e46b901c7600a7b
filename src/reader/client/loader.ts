/**
 * The page loader: the one bundled module of every page. One other script runs on every page, the
 * inline theme script (src/reader/client/theme.js, before first paint). This loader stays small
 * and starts the rest only where and when it is needed:
 * - it includes the search launcher (src/search/client/launcher.ts), which listens for "/" and
 *   the search button and loads search when the reader reaches for it;
 * - after the page has loaded, it registers the service worker that keeps the site readable
 *   offline (dist/sw.js, written by src/offline/integration.ts);
 * - on pages with the provision tracker, it loads its sort and filter controls (./tracker.ts);
 * - on pages with the list of updates, it loads the "new since your last visit" marks;
 * - the first time a reader points at, focuses or taps a citation marker or a glossary term, it
 *   loads the previews (./previews.ts) and hands them that event;
 * - the first time a reader presses a share button, it loads the share control
 *   (src/social/client/share.ts) and hands it the button;
 * - the first time a reader presses "save the whole explainer for offline reading", it loads that
 *   control (src/offline/client/save-all.ts);
 * - when a header section link gets the focus, it scrolls the link fully into its row.
 * Without JavaScript every one of these is a plain table, list or link, and share buttons are absent.
 */
// The search launcher belongs to src/search; it is part of this module rather than a script of its
// own, so a page loads one module, not two.
import '../../search/client/launcher.ts';

const MARKERS = 'sup.cite a[href^="#ref-"], a.term[data-definition]';

let previews: Promise<typeof import('./previews.ts')> | undefined;
// Whether the reader is using a touch screen (or pen) rather than a mouse or the keyboard.
let touch = false;
// Whether the marker under the finger already showed its preview when the tap began.
let tapOnOpenPreview = false;

const markerOf = (event: Event): HTMLAnchorElement | null =>
  event.target instanceof Element ? event.target.closest<HTMLAnchorElement>(MARKERS) : null;

function onIntent(event: Event): void {
  const marker = markerOf(event);
  if (!marker) return;
  if (event.type === 'pointerover' && (event as PointerEvent).pointerType !== 'mouse') return;
  if (event.type === 'focusin' && touch) return;
  if (event.type === 'click') {
    if (!touch) return;
    // On a touch screen the first tap shows the preview; a tap on a shown preview's marker
    // follows the link, as it would without JavaScript.
    if (tapOnOpenPreview) return;
    event.preventDefault();
  }
  previews ??= import('./previews.ts');
  void previews.then((module) => module.handle(event, marker));
}

addEventListener(
  'pointerdown',
  (event) => {
    touch = event.pointerType !== 'mouse';
    tapOnOpenPreview = markerOf(event)?.dataset.previewOpen === 'true';
  },
  { capture: true, passive: true },
);
addEventListener('keydown', () => (touch = false), { capture: true, passive: true });
for (const type of ['pointerover', 'focusin', 'click']) document.addEventListener(type, onIntent);

// The share control belongs to src/social; this loader only starts it, as the one bundled module
// of the page (the import rule for browser code names this one exception: tests/helpers/imports.ts).
let sharing: Promise<typeof import('../../social/client/share.ts')> | undefined;
document.addEventListener('click', (event) => {
  const button = event.target instanceof Element && event.target.closest('button[data-share]');
  if (!(button instanceof HTMLElement)) return;
  sharing ??= import('../../social/client/share.ts');
  void sharing.then((module) => module.share(button));
});

// The save-for-offline control belongs to src/offline, started the same way on its first press.
let offlineSave: Promise<typeof import('../../offline/client/save-all.ts')> | undefined;
document.addEventListener('click', (event) => {
  const button =
    event.target instanceof Element && event.target.closest('button[data-offline-save]');
  if (!(button instanceof HTMLElement)) return;
  offlineSave ??= import('../../offline/client/save-all.ts');
  void offlineSave.then((module) => module.start(button));
});

// On a phone the row of section links scrolls sideways and fades at its edges. A link reached by
// Tab that is still partly in view stays where it is, half faded, since the browser scrolls a
// focused element only when it is out of view; this brings it clear of the fade (the row's
// scroll-padding, src/styles/header.css).
document.querySelector('.site-header .sections')?.addEventListener('focusin', (event) => {
  if (event.target instanceof Element) {
    event.target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }
});

// The printable edition (/print/) keeps its copies of the tracker and the updates static.
const live = (selector: string) => document.querySelector(`${selector}:not(.print-edition *)`);
if (live('[data-tracker]')) void import('./tracker.ts');
if (live('[data-updates-list]')) void import('./updates-seen.ts');

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const register = (): void => {
    // At the site's base, so its scope is the whole site and nothing outside it.
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => {
      // No offline copy this time (private mode, or a host that blocks workers); reading is unaffected.
    });
  };
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}

// The language switch keeps the reader's place: headings have the same anchors in every language.
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element && event.target.closest('a[data-language-switch]');
  if (link instanceof HTMLAnchorElement && location.hash && !link.hash) link.hash = location.hash;
});
