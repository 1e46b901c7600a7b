/**
 * Sorting and filtering for the provision tracker (src/components/ProvisionTracker.astro).
 * Loaded by src/reader/client/loader.ts only on pages that have a tracker. Without it the
 * tracker is a plain table in the tracker's own order, which loses nothing but the controls.
 */
import {
  compareRows,
  filterSummary,
  matchesFilters,
  nextDirection,
  SORT_KEYS,
  type SortDirection,
  type SortKey,
  type TrackerRow,
} from './tracker-order.ts';

const isSortKey = (value: string | undefined): value is SortKey =>
  (SORT_KEYS as readonly (string | undefined)[]).includes(value);

function rowData(row: HTMLElement): TrackerRow {
  const d = row.dataset;
  return {
    order: Number(d.order),
    topic: d.topic ?? '',
    status: d.status ?? '',
    topicRank: Number(d.topicRank),
    statusRank: Number(d.statusRank),
  };
}

/** Add the sort buttons and the filters to one tracker. */
export function enhance(root: HTMLElement): void {
  const controls = root.querySelector<HTMLElement>('[data-tracker-controls]');
  const status = root.querySelector<HTMLSelectElement>('select[name="status"]');
  const topic = root.querySelector<HTMLSelectElement>('select[name="topic"]');
  const count = root.querySelector<HTMLElement>('[data-tracker-count]');
  const body = root.querySelector('tbody');
  if (!controls || !status || !topic || !count || !body || root.dataset.enhanced) return;
  root.dataset.enhanced = 'true';
  const rows = [...body.rows];
  const data = new Map(rows.map((row) => [row, rowData(row)]));
  let sort: { key: SortKey; direction: SortDirection } = { key: 'order', direction: 'ascending' };
  const headers = [...root.querySelectorAll<HTMLTableCellElement>('th[data-sort]')];

  const render = (): void => {
    for (const th of headers) {
      if (th.dataset.sort === sort.key) th.setAttribute('aria-sort', sort.direction);
      else th.removeAttribute('aria-sort');
    }
    const sorted = [...rows].sort((a, b) =>
      compareRows(data.get(a)!, data.get(b)!, sort.key, sort.direction),
    );
    body.append(...sorted);
    const filters = { status: status.value, topic: topic.value };
    let shown = 0;
    for (const row of rows) {
      row.hidden = !matchesFilters(data.get(row)!, filters);
      if (!row.hidden) shown++;
    }
    count.textContent = filterSummary(shown, rows.length, {
      all: count.dataset.all ?? '',
      some: count.dataset.some ?? '',
      none: count.dataset.none ?? '',
    });
  };

  for (const th of headers) {
    const key = th.dataset.sort;
    if (!isSortKey(key)) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    // The header's words stay the button's name; aria-sort on the header says the order.
    button.append(...th.childNodes);
    const icon = document.createElement('span');
    icon.className = 'sort-icon';
    icon.setAttribute('aria-hidden', 'true');
    button.append(icon);
    th.append(button);
    button.addEventListener('click', () => {
      sort = { key, direction: nextDirection(sort, key) };
      render();
    });
  }
  controls.addEventListener('change', render);
  root.querySelector('[data-tracker-reset]')?.addEventListener('click', () => {
    status.value = '';
    topic.value = '';
    render();
  });
  // Render while the controls are still hidden, so the count is not announced on load.
  render();
  controls.hidden = false;
}

for (const root of document.querySelectorAll<HTMLElement>('[data-tracker]')) enhance(root);
