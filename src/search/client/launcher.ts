/**
 * The only search code every page loads, kept tiny: it turns the header's search link into a
 * button that opens the search dialog, adds the `/` and Ctrl/Cmd+K shortcuts, and, only when a
 * page was opened from a search result, loads the script that marks the searched words. The UI
 * itself (search-ui.ts) loads when the reader first shows they are about to search: the pointer
 * over the search button, the button focused or touched, or a shortcut; once loaded, it starts
 * its stylesheet and the engine, so the index is on its way before the dialog is asked for.
 */
let ui: Promise<typeof import('./search-ui.ts')> | undefined;

/** The search UI, loading from the first call on; once loaded, it starts its stylesheet and engine. */
const loadUi = (): Promise<typeof import('./search-ui.ts')> => {
  if (ui) return ui;
  ui = import('./search-ui.ts');
  ui.then((loaded) => loaded.prepareSearch()).catch(() => undefined);
  return ui;
};

/** A reader who asked to save data gets search when they open it, not when they point at it. */
const onIntent = (event: Event): void => {
  const saveData = (navigator as { connection?: { saveData?: boolean } }).connection?.saveData;
  if (!saveData && (event.target as Element | null)?.closest?.('[data-search-open]')) loadUi();
};
for (const type of ['pointerover', 'pointerdown', 'focusin']) {
  document.addEventListener(type, onIntent, { passive: true });
}

const openSearch = (): void => {
  loadUi()
    .then((loaded) => loaded.openSearch())
    // If the UI cannot load, the search page still works: the header's link already names it in
    // the page's language and under the site's base.
    .catch(() =>
      location.assign(
        document.querySelector<HTMLAnchorElement>('a[data-search-open]')?.href ??
          `${import.meta.env.BASE_URL}search/`,
      ),
    );
};

document.addEventListener('click', (event) => {
  const target = event.target as Element | null;
  if (!target?.closest?.('[data-search-open]')) return;
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return;
  event.preventDefault();
  openSearch();
});

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  const command =
    (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
  const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
  if (!command && !slash) return;
  event.preventDefault();
  openSearch();
});

if (location.search.includes('pagefind-highlight=')) {
  import('./search-mark.ts').then((mark) => mark.markSearchedWords()).catch(() => undefined);
}

// A module of its own (not a global script), so its names cannot clash with the page's.
export {};
