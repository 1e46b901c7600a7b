/**
 * The only search code every page loads, kept tiny: it turns the header's search link into a
 * button that opens the search dialog, adds the `/` and Ctrl/Cmd+K shortcuts, and, only when a
 * page was opened from a search result, loads the script that marks the searched words. The UI
 * itself (search-ui.ts) loads when the reader first shows they are about to search: the pointer
 * over the search button, the button focused or touched, or a shortcut, with Pagefind's script
 * beside it; once loaded, it starts its stylesheet and the engine, so the index is on its way
 * before the dialog is asked for.
 */
let ui: Promise<typeof import('./search-ui.ts')> | undefined;

/**
 * Pagefind's script, asked for beside the UI rather than once the UI has loaded and asks for it:
 * the engine (engine.ts) imports the same address, so the browser runs the one copy fetched here.
 * In `npm run dev` the engine first waits for the dev server's index and picks its address.
 */
const startPagefind = (): void => {
  if (import.meta.env.DEV) return;
  import(/* @vite-ignore */ `${import.meta.env.BASE_URL}pagefind/pagefind.js`).catch(
    () => undefined,
  );
};

/** The search UI, loading from the first call on; once loaded, it starts its stylesheet and engine. */
const loadUi = (): Promise<typeof import('./search-ui.ts')> => {
  if (ui) return ui;
  startPagefind();
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

/**
 * What the reader types while the dialog is on its way (from the shortcut or the click until its
 * field has focus): kept here and given to the field when it opens, so that "/pokrovsk" typed at
 * once searches for "pokrovsk". Undefined while search is not opening.
 */
let typedAhead: string | undefined;

/** Keep a key typed ahead; true when it was kept (and so is not the page's). */
const keepTyped = (event: KeyboardEvent): boolean => {
  if (typedAhead === undefined || event.isComposing) return false;
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  if ([...event.key].length === 1) typedAhead += event.key;
  else if (event.key === 'Backspace') typedAhead = typedAhead.slice(0, -1);
  else return false;
  event.preventDefault();
  return true;
};

const openSearch = (): void => {
  if (typedAhead !== undefined) return;
  typedAhead = '';
  loadUi()
    .then((loaded) => loaded.openSearch(() => typedAhead ?? ''))
    // If the UI cannot load, the search page still works: the header's link already names it in
    // the page's language and under the site's base.
    .catch(() =>
      location.assign(
        document.querySelector<HTMLAnchorElement>('a[data-search-open]')?.href ??
          `${import.meta.env.BASE_URL}search/`,
      ),
    )
    .finally(() => {
      typedAhead = undefined;
    });
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
  if (keepTyped(event)) return;
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
