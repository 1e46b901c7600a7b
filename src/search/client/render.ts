/**
 * DOM for the search UI: the results list (a listbox the input controls, one option per page and
 * per matching heading) and the filters. Every text from the index is set as text, never as HTML:
 * excerpts are split into text and <mark> by excerptParts().
 */
import { excerptParts } from '../query.ts';
import { filterOptions, type FilterCounts, type ResultView } from '../results.ts';
import { searchWordsFor, type SearchWords } from './words.ts';

/**
 * The filters offered, in order, with their legends, in the page's language. The kind filter's
 * values are the kinds' names in that language, which the index of that language holds.
 */
export function filtersOf(
  words: SearchWords,
): { name: string; legend: string; order: readonly string[] }[] {
  return [
    { name: 'kind', legend: words.filters.kind, order: Object.values(words.kinds) },
    { name: 'side', legend: words.filters.side, order: [] },
  ];
}

const FILTERS = () => filtersOf(searchWordsFor(document.documentElement.lang));

/** Create an element with a class and optional text. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function excerpt(text: string): HTMLElement {
  const span = el('span', 'search-excerpt');
  for (const part of excerptParts(text)) {
    span.append(part.mark ? el('mark', undefined, part.text) : document.createTextNode(part.text));
  }
  return span;
}

function option(id: string, url: string, sub: boolean, parts: HTMLElement[]): HTMLAnchorElement {
  // The option is the link itself: Enter, a click, or "open in new tab" all work on it, and no
  // control sits inside another.
  const link = el('a', sub ? 'search-option search-sub' : 'search-option');
  link.id = id;
  link.href = url;
  link.setAttribute('role', 'option');
  link.setAttribute('aria-selected', 'false');
  // The input keeps focus and the arrow keys move through options, so options stay out of Tab.
  link.tabIndex = -1;
  link.append(...parts);
  return link;
}

/**
 * Append the options for `results` to the list; option ids continue from those already there.
 * @returns The options added, in order.
 */
export function appendResults(
  list: HTMLElement,
  results: readonly ResultView[],
): HTMLAnchorElement[] {
  const added: HTMLAnchorElement[] = [];
  let n = list.querySelectorAll('[role="option"]').length;
  for (const result of results) {
    const parts: HTMLElement[] = [];
    if (result.context) parts.push(el('span', 'search-context', result.context));
    parts.push(el('span', 'search-title', result.title));
    if (result.excerpt) parts.push(excerpt(result.excerpt));
    added.push(option(`search-option-${n++}`, result.url, false, parts));
    for (const sub of result.subs) {
      const subParts = [el('span', 'search-title', sub.title)];
      if (sub.excerpt) subParts.push(excerpt(sub.excerpt));
      added.push(option(`search-option-${n++}`, sub.url, true, subParts));
    }
  }
  list.append(...added);
  return added;
}

/**
 * Render the filters for the current counts into `box`: one fieldset of checkboxes per filter
 * that has values, each labelled with its result count.
 */
export function renderFilters(
  box: HTMLElement,
  counts: FilterCounts,
  chosen: Record<string, string[]>,
): void {
  const fieldsets: HTMLFieldSetElement[] = [];
  for (const filter of FILTERS()) {
    const options = filterOptions(counts[filter.name], chosen[filter.name] ?? [], filter.order);
    if (options.length === 0) continue;
    const fieldset = el('fieldset', 'search-filter');
    fieldset.append(el('legend', undefined, filter.legend));
    for (const { value, count, checked } of options) {
      const label = el('label');
      const box = el('input');
      box.type = 'checkbox';
      box.name = filter.name;
      box.value = value;
      box.checked = checked;
      label.append(box, ` ${value} `, el('span', 'search-count', `(${count})`));
      fieldset.append(label);
    }
    fieldsets.push(fieldset);
  }
  box.replaceChildren(...fieldsets);
  box.hidden = fieldsets.length === 0;
}

/** The chosen filter values, read from the checkboxes in `box`. */
export function chosenFilters(box: HTMLElement): Record<string, string[]> {
  const chosen: Record<string, string[]> = Object.fromEntries(FILTERS().map((f) => [f.name, []]));
  for (const input of box.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
    (chosen[input.name] ??= []).push(input.value);
  }
  return chosen;
}
