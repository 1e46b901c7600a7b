/**
 * Marks the updates that are new since the reader's last visit, on every list of updates
 * (src/components/UpdatesList.astro). What was seen is kept in this browser's localStorage only;
 * nothing is sent anywhere. Loaded by src/reader/client/loader.ts on pages with such a list.
 */
import { parseSeen, SEEN_KEY, showUpdates } from './seen.ts';
import { readerWordsFor } from './words.ts';

function run(): void {
  const items = [...document.querySelectorAll<HTMLElement>('[data-updates-list] [data-update-id]')];
  const shown = items.map((item) => item.dataset.updateId ?? '');
  let stored: string | null;
  try {
    stored = localStorage.getItem(SEEN_KEY);
  } catch {
    return; // Storage is blocked (a privacy setting): no marks, nothing else changes.
  }
  const { unseen, next } = showUpdates(parseSeen(stored), shown, new Date());
  for (const item of items) {
    if (!unseen.includes(item.dataset.updateId ?? '') || item.querySelector('.update-new'))
      continue;
    item.classList.add('is-new');
    const mark = document.createElement('strong');
    mark.className = 'update-new';
    mark.textContent = readerWordsFor(document.documentElement.lang).newUpdate;
    item.querySelector('.when')?.append(' ', mark);
  }
  try {
    localStorage.setItem(SEEN_KEY, JSON.stringify(next));
  } catch {
    // Full or blocked storage: the marks will simply show again next time.
  }
}

run();
