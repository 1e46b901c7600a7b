/**
 * The share control, loaded by the page loader (src/reader/client/loader.ts) the first time a
 * reader presses a share button. It shares the page's address, or the address of the section,
 * quotation or provision the button stands beside, through the system's share sheet (the Web
 * Share API) where the browser has one, and copies it to the clipboard otherwise. Either way a
 * confirmation is announced in a live region, which is also shown briefly on screen.
 *
 * Nothing leaves the page but what the reader chose to share: no third-party script, no counts.
 * Imports only its word table (./words.ts), which has no dependencies.
 */
import { shareWordsFor } from './words.ts';

const SHOWN_MS = 4000;

let region: HTMLElement | undefined;
let clearTimer: ReturnType<typeof setTimeout> | undefined;

/** The address to share: the page's canonical URL (or its address), with the button's fragment. */
export function shareUrl(fragment: string): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const base = new URL(canonical || location.href);
  base.hash = fragment;
  base.search = canonical ? '' : base.search;
  return base.href;
}

/** The title to share with the link: the section's or quotation's own words where there are some. */
function shareTitle(button: HTMLElement): string {
  const heading = button.closest('.heading-wrap')?.querySelector('h2, h3, h4');
  const h1 = document.querySelector('h1')?.textContent?.trim() ?? document.title;
  const own = heading?.textContent?.replace(/\s+/g, ' ').trim();
  return own ? `${own} · ${h1}` : document.title;
}

function ensureRegion(): HTMLElement {
  if (region?.isConnected) return region;
  region = document.createElement('div');
  region.className = 'share-status';
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  document.body.append(region);
  return region;
}

/** Puts a message in the live region. */
export function announce(message: string): void {
  const live = ensureRegion();
  clearTimeout(clearTimer);
  // Emptied first and filled on the next frame, so the same message twice is announced twice,
  // and a region created just now is in the accessibility tree before its text arrives.
  live.textContent = '';
  requestAnimationFrame(() =>
    setTimeout(() => {
      live.textContent = message;
      clearTimer = setTimeout(() => (live.textContent = ''), SHOWN_MS);
    }, 30),
  );
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Shares or copies the link of a share button. */
export async function share(button: HTMLElement): Promise<void> {
  const words = shareWordsFor(document.documentElement.lang);
  const url = shareUrl(button.dataset['share'] ?? '');
  const data = { title: shareTitle(button), url };
  if (typeof navigator.share === 'function' && (!navigator.canShare || navigator.canShare(data))) {
    try {
      await navigator.share(data);
      announce(words.shared);
      return;
    } catch (error) {
      // The reader closed the share sheet: nothing to confirm, nothing to copy.
      if (error instanceof DOMException && error.name === 'AbortError') return;
    }
  }
  announce((await copy(url)) ? words.copied : words.copyFailed(url));
}
