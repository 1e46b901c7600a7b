/**
 * The behaviour shared by the search dialog and the /search/ page: search as the reader types
 * (after a short pause), filters, the combobox keyboard model (focus stays in the input; the
 * arrow keys move through the results; Enter opens the one selected), the status line that
 * screen readers announce, and "show more".
 */
import { PAGE_SIZE, SHORT_WORD_PAUSE_MS, pauseFor } from '../query.ts';
import { onIndexNotice, runSearch, warm, type SearchOutcome } from './engine.ts';
import { appendResults, chosenFilters, el, renderFilters } from './render.ts';
import { countWords, fillWords, localHref, searchWordsFor } from './words.ts';

/** The elements one search UI is made of. */
export interface SearchElements {
  input: HTMLInputElement;
  filters: HTMLElement;
  status: HTMLElement;
  list: HTMLElement;
  more: HTMLButtonElement;
}

/** Wire a search UI. `onSearch` hears each query searched (the page puts it in the URL). */
export function bindSearch(ui: SearchElements, onSearch?: (raw: string) => void): { run(): void } {
  const { input, filters, status, list, more } = ui;
  let outcome: SearchOutcome | null = null;
  let shown = 0;
  let active = -1;
  let sequence = 0;
  /** The search whose results the list shows (`sequence` once the latest search has shown). */
  let shownSequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const options = (): HTMLElement[] => [...list.querySelectorAll<HTMLElement>('[role="option"]')];

  function select(index: number): void {
    const all = options();
    all[active]?.setAttribute('aria-selected', 'false');
    active = all.length === 0 ? -1 : Math.max(0, Math.min(index, all.length - 1));
    const current = all[active];
    current?.setAttribute('aria-selected', 'true');
    current?.scrollIntoView({ block: 'nearest' });
    if (current) input.setAttribute('aria-activedescendant', current.id);
    else input.removeAttribute('aria-activedescendant');
  }

  const lang = document.documentElement.lang;
  const words = searchWordsFor(lang);

  /** Put `text` in the status line, with `link` where its `{glossary}` placeholder stands. */
  function say(text: string, link?: { href: string; label: string }): void {
    const [before, after] = text.split('{glossary}');
    status.replaceChildren(before ?? '');
    if (link && after !== undefined) {
      const a = el('a', undefined, link.label);
      a.href = link.href;
      status.append(a, after);
    }
  }

  // A notice about the index itself (only in `npm run dev`), shown until results replace it.
  let notice = '';
  onIndexNotice((text) => {
    if (text) say(text);
    else if (notice && status.textContent === notice) say('');
    notice = text;
  });

  function show(result: SearchOutcome | null, raw: string): void {
    outcome = result;
    notice = '';
    list.replaceChildren();
    active = -1;
    const focused = document.activeElement as HTMLInputElement | null;
    const refocus = focused?.closest('fieldset') ? `${focused.name}\u0000${focused.value}` : '';
    renderFilters(filters, result?.counts ?? {}, result ? chosenFilters(filters) : {});
    if (refocus) {
      const [name, value] = refocus.split('\u0000');
      [...filters.querySelectorAll<HTMLInputElement>('input')]
        .find((i) => i.name === name && i.value === value)
        ?.focus();
    }
    shown = result?.results.length ?? 0;
    if (result) appendResults(list, result.results);
    more.hidden = !result || shown >= result.total;
    input.setAttribute('aria-expanded', String(options().length > 0));
    if (!raw.trim()) say('');
    else if (!result) say(fillWords(words.noWords, { query: raw.slice(0, 60) }));
    else if (result.total === 0) {
      say(fillWords(words.noResults, { query: raw.slice(0, 60) }), {
        href: localHref('/glossary/', lang, import.meta.env.BASE_URL),
        label: words.noResultsGlossary,
      });
    } else {
      const forms = result.query.respelled ? words.resultsRespelled : words.results;
      say(
        countWords(forms, result.total, lang, {
          query: raw.slice(0, 60),
          search: result.query.search,
        }),
      );
      select(0);
    }
  }

  async function run(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    const raw = input.value;
    const id = ++sequence;
    onSearch?.(raw);
    try {
      const result = raw.trim() ? await runSearch(raw, chosenFilters(filters), PAGE_SIZE) : null;
      if (id === sequence) {
        shownSequence = id;
        show(result, raw);
      }
    } catch {
      if (id === sequence) say(notice || words.loadError);
    }
  }

  let lastKey: number | undefined;
  input.addEventListener('input', () => {
    const now = performance.now();
    const pause = pauseFor(input.value, lastKey === undefined ? undefined : now - lastKey);
    lastKey = now;
    // Fetch the index chunks for a word once it is long enough to narrow them down.
    if (pause < SHORT_WORD_PAUSE_MS) warm(input.value).catch(() => undefined);
    clearTimeout(timer);
    timer = setTimeout(() => void run(), pause);
  });

  input.addEventListener('keydown', (event) => {
    const all = options();
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (all.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      select((active + step + all.length) % all.length);
    } else if (event.key === 'Enter' && !event.isComposing) {
      event.preventDefault();
      // Open the selected result only if the list is for what the field says: while the search
      // for newly typed words is still running, the list still shows the previous words' results.
      const link = all[active];
      if (link && timer === undefined && shownSequence === sequence) link.click();
      else void run();
    }
  });

  filters.addEventListener('change', () => void run());

  more.addEventListener('click', async () => {
    if (!outcome) return;
    const current = outcome;
    const added = await current.more(shown, PAGE_SIZE);
    if (current !== outcome) return;
    shown += added.length;
    const [first] = appendResults(list, added);
    more.hidden = shown >= current.total;
    if (first) {
      input.focus();
      select(options().indexOf(first));
    }
  });

  return { run: () => void run() };
}
