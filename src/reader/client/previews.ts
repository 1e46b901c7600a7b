/**
 * Previews of citations and glossary terms, loaded on first use by src/reader/client/loader.ts.
 *
 * Pointing at, focusing or tapping a citation marker shows its reference (outlet, linked title,
 * date, what the source relays) read from the page's own list of references; a glossary term
 * shows the short definition the build put in its data-definition attribute. Nothing is fetched.
 *
 * The preview is one `popover="auto"` element, shown with the marker as its source: Escape and a
 * click outside close it, Tab moves from the marker into its links, and the marker is described
 * by it for screen readers. Where popovers are not supported the markers stay plain links.
 */
import { readerWordsFor } from './words.ts';

const SHOW_DELAY_MS = 120;
const HIDE_DELAY_MS = 300;

let box: HTMLElement | undefined;
const words = () => readerWordsFor(document.documentElement.lang);
let current: HTMLAnchorElement | undefined;
let showTimer: ReturnType<typeof setTimeout> | undefined;
let hideTimer: ReturnType<typeof setTimeout> | undefined;

const supported = typeof HTMLElement !== 'undefined' && 'popover' in HTMLElement.prototype;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text) el.textContent = text;
  return el;
}

function moreLink(href: string, text: string): HTMLParagraphElement {
  const a = element('a', undefined, text);
  a.href = href;
  const p = element('p', 'preview-more');
  p.append(a);
  return p;
}

/** The preview's content for a marker, or undefined when there is nothing to show. */
function contentFor(marker: HTMLAnchorElement): Node[] | undefined {
  const hash = marker.getAttribute('href') ?? '';
  if (marker.matches('a.term')) {
    return [
      element('p', 'preview-title', marker.textContent ?? ''),
      element('p', undefined, marker.dataset.definition ?? ''),
      moreLink(marker.getAttribute('href') ?? '', words().glossaryEntry),
    ];
  }
  const reference = document.getElementById(decodeURIComponent(hash.slice(1)));
  if (!reference) return undefined;
  const body = element('div', 'preview-body');
  body.append(...[...reference.childNodes].map((node) => node.cloneNode(true)));
  // Back-links lead to markers, which the reader is already at; ids must stay unique.
  for (const back of body.querySelectorAll('a[href^="#cite-"]')) back.remove();
  for (const withId of body.querySelectorAll('[id]')) withId.removeAttribute('id');
  const title =
    marker.getAttribute('aria-label') ??
    words().sourceFallback.replace('{number}', marker.textContent ?? '');
  return [element('p', 'preview-title', title), body, moreLink(hash, words().references)];
}

// Below the marker, or above it when there is more room there; never past the screen's edges,
// and never over the marker itself (a long preview scrolls instead).
function place(marker: HTMLElement, popover: HTMLElement): void {
  const gap = 6;
  const r = marker.getBoundingClientRect();
  const below = innerHeight - r.bottom - 2 * gap;
  const above = r.top - 2 * gap;
  popover.style.maxHeight = '';
  const fitsBelow = popover.offsetHeight <= below || below >= above;
  popover.style.maxHeight = `${Math.max(80, fitsBelow ? below : above)}px`;
  const height = popover.offsetHeight;
  const width = popover.offsetWidth;
  popover.style.left = `${Math.max(gap, Math.min(r.left - 16, innerWidth - width - gap))}px`;
  popover.style.top = `${fitsBelow ? r.bottom + gap : r.top - gap - height}px`;
}

function ensureBox(): HTMLElement {
  if (box) return box;
  box = element('div', 'preview');
  box.id = 'reader-preview';
  box.popover = 'auto';
  box.addEventListener('pointerenter', () => clearTimeout(hideTimer));
  box.addEventListener('pointerleave', (e) => e.pointerType === 'mouse' && scheduleHide());
  box.addEventListener('focusout', onFocusOut);
  box.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState === 'closed' && current) {
      current.removeAttribute('aria-describedby');
      delete current.dataset.previewOpen;
      current = undefined;
    }
  });
  document.body.append(box);
  // The preview is fixed to the screen: keep it beside its marker as the page moves.
  const follow = (): void => {
    if (current && box) place(current, box);
  };
  addEventListener('scroll', follow, { passive: true });
  addEventListener('resize', follow, { passive: true });
  return box;
}

function show(marker: HTMLAnchorElement): void {
  clearTimeout(hideTimer);
  clearTimeout(showTimer);
  if (current === marker) return;
  const content = contentFor(marker);
  if (!content) return;
  const popover = ensureBox();
  if (popover.matches(':popover-open')) popover.hidePopover();
  popover.replaceChildren(...content);
  try {
    // The `source` option (not yet in TypeScript's DOM types) makes the marker the popover's
    // invoker: the preview follows it in the Tab order. Older browsers ignore the argument.
    (popover.showPopover as (options?: { source?: HTMLElement }) => void).call(popover, {
      source: marker,
    });
  } catch {
    return;
  }
  current = marker;
  marker.dataset.previewOpen = 'true';
  marker.setAttribute('aria-describedby', popover.id);
  place(marker, popover);
}

function hide(): void {
  clearTimeout(showTimer);
  if (box?.matches(':popover-open')) box.hidePopover();
}

function scheduleHide(): void {
  clearTimeout(hideTimer);
  hideTimer = setTimeout(hide, HIDE_DELAY_MS);
}

function onFocusOut(event: FocusEvent): void {
  const next = event.relatedTarget;
  if (next instanceof Node && (box?.contains(next) || next === current)) return;
  // Focus left both the marker and its preview: the reader has moved on.
  if (current && (event.target === current || box?.contains(event.target as Node))) hide();
}

/** Handle an event on a marker: pointer over (mouse), focus (keyboard), or tap (touch). */
export function handle(event: Event, marker: HTMLAnchorElement): void {
  if (!supported) return;
  if (!marker.dataset.previewBound) {
    marker.dataset.previewBound = 'true';
    marker.addEventListener('pointerleave', (e) => e.pointerType === 'mouse' && scheduleHide());
    marker.addEventListener('focusout', onFocusOut);
  }
  if (event.type === 'pointerover') {
    clearTimeout(hideTimer);
    clearTimeout(showTimer);
    showTimer = setTimeout(() => show(marker), SHOW_DELAY_MS);
  } else {
    show(marker);
  }
}
