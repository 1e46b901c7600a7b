/**
 * The only search code every page loads, kept tiny: it turns the header's search link into a
 * button that opens the search dialog, adds the `/` and Ctrl/Cmd+K shortcuts, and, only when a
 * page was opened from a search result, loads the script that marks the searched words. The UI
 * itself (search-ui.ts) and Pagefind load when the reader first asks for search.
 */

const openSearch = (): void => {
  import('./search-ui.ts')
    .then((ui) => ui.openSearch())
    // If the UI cannot load, the search page still works as a plain link target.
    .catch(() => location.assign('/search/'));
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
