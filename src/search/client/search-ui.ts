/**
 * The search UI, loaded by launcher.ts when the reader first shows they are about to search: a
 * modal <dialog> (showModal keeps focus inside and closes on Escape), and the same UI on the
 * /search/ page. Its stylesheet and the engine start loading as soon as it loads
 * (prepareSearch), or at the latest when it opens.
 */
import styles from '../../styles/search.css?url';
import { bindSearch, type SearchElements } from './controller.ts';
import { loadEngine } from './engine.ts';
import { el } from './render.ts';
import { localHref, searchWordsFor } from './words.ts';

let stylesheet: Promise<void> | undefined;

/** Add the search stylesheet once; resolves when it has loaded (or failed: the UI still works). */
function loadStyles(): Promise<void> {
  stylesheet ??= new Promise((done) => {
    const link = el('link');
    link.rel = 'stylesheet';
    link.href = styles;
    link.onload = link.onerror = () => done();
    document.head.append(link);
  });
  return stylesheet;
}

/** The status line, results list and "show more" button, appended to `parent`. */
function resultParts(parent: HTMLElement, input: HTMLInputElement): SearchElements {
  const filters = el('div', 'search-filters');
  filters.hidden = true;
  const status = el('p', 'search-status');
  status.setAttribute('role', 'status');
  const list = el('div', 'search-results');
  list.id = `${input.id}-results`;
  list.setAttribute('role', 'listbox');
  const words = searchWordsFor(document.documentElement.lang);
  list.setAttribute('aria-label', words.resultsLabel);
  const more = el('button', 'search-more', words.more);
  more.type = 'button';
  more.hidden = true;
  parent.append(filters, status, list, more);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-autocomplete', 'list');
  input.autocomplete = 'off';
  input.spellcheck = false;
  return { input, filters, status, list, more };
}

let dialog: HTMLDialogElement | undefined;

/**
 * Keep Tab inside the dialog. A modal <dialog> makes the page behind it inert, but Tab past its
 * last control would still leave for the browser's own toolbar; wrap around instead.
 */
function trapTab(box: HTMLDialogElement, event: KeyboardEvent): void {
  if (event.key !== 'Tab') return;
  const focusable = [
    ...box.querySelectorAll<HTMLElement>('input, button, a[href]:not([tabindex="-1"])'),
  ].filter((node) => node.offsetParent !== null);
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

function createDialog(): HTMLDialogElement {
  const box = el('dialog', 'search-dialog');
  box.setAttribute('aria-labelledby', 'search-dialog-title');
  const head = el('div', 'search-head');
  const form = el('form', 'search-form');
  form.setAttribute('role', 'search');
  const lang = document.documentElement.lang;
  const words = searchWordsFor(lang);
  form.action = localHref('/search/', lang, import.meta.env.BASE_URL);
  const label = el('label', 'search-label', words.dialog.label);
  label.id = 'search-dialog-title';
  label.htmlFor = 'search-dialog-input';
  const input = el('input', 'search-input');
  input.type = 'search';
  input.id = 'search-dialog-input';
  input.name = 'q';
  input.placeholder = words.dialog.placeholder;
  input.enterKeyHint = 'go';
  form.append(label, input);
  form.addEventListener('submit', (event) => event.preventDefault());
  const close = el('button', 'search-close', words.dialog.close);
  close.type = 'button';
  close.addEventListener('click', () => box.close());
  head.append(form, close);
  const body = el('div', 'search-body');
  const hint = el('p', 'search-hint', words.dialog.hint);
  hint.setAttribute('aria-hidden', 'true');
  box.append(head, body, hint);
  bindSearch(resultParts(body, input));
  // Escape in a search field would only clear it; readers expect it to close the dialog.
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    box.close();
  });
  box.addEventListener('keydown', (event) => trapTab(box, event));
  // A click on the backdrop (outside the box) closes the dialog, as readers expect of a modal.
  box.addEventListener('click', (event) => {
    if (event.target === box) box.close();
  });
  document.body.append(box);
  return box;
}

/** Start loading what the dialog needs (its stylesheet and the engine) before it opens. */
export function prepareSearch(): void {
  void loadEngine().catch(() => undefined);
  void loadStyles();
}

/**
 * Open search: the dialog, or on the /search/ page, its own search field. `typed` gives what the
 * reader typed while it was on its way, read when the field takes focus.
 */
export async function openSearch(typed: () => string = () => ''): Promise<void> {
  const pageInput = document.querySelector<HTMLInputElement>('[data-search-page] input[name="q"]');
  if (pageInput) {
    focusWith(pageInput, typed());
    return;
  }
  prepareSearch();
  await loadStyles();
  dialog ??= createDialog();
  if (!dialog.open) dialog.showModal();
  const input = dialog.querySelector('input');
  if (input) focusWith(input, typed());
}

/**
 * Focus a search field. With text the reader typed before it could take it, that text replaces
 * the field's and is searched for; without, the field's text is selected, to type over.
 */
function focusWith(input: HTMLInputElement, typed: string): void {
  input.focus();
  if (!typed) {
    input.select();
    return;
  }
  input.value = typed;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Enhance the /search/ page's form: search in place, starting from `?q=`, and keep the URL current. */
export function mountSearchPage(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const results = form.parentElement?.querySelector<HTMLElement>('[data-search-results]');
  if (!input || !results) return;
  void loadEngine().catch(() => undefined);
  const search = bindSearch(resultParts(results, input), (raw) => {
    const url = new URL(location.href);
    if (raw.trim()) url.searchParams.set('q', raw);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    search.run();
  });
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  if (input.value.trim()) search.run();
  input.focus();
}
