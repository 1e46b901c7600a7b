import { describe, expect, it } from 'vitest';
import {
  compareRows,
  filterSummary,
  matchesFilters,
  nextDirection,
  type TrackerRow,
} from '../../../src/reader/client/tracker-order.ts';
import {
  presentStatuses,
  presentTopics,
  statusRank,
  topicRank,
} from '../../../src/shared/tracker-labels.ts';
import { t, tPlural } from '../../../src/i18n/dictionaries/index.ts';
import { topicLabel } from '../../../src/i18n/dictionaries/vocabulary.ts';

const row = (order: number, topic: string, status: string): TrackerRow => ({
  order,
  topic,
  status,
  topicRank: topicRank(topic as never),
  statusRank: statusRank(status as never),
});

const ROWS = [
  row(1, 'territory', 'reported'),
  row(2, 'armed-forces', 'unknown'),
  row(3, 'nato', 'confirmed'),
  row(4, 'territory', 'disputed'),
];
const orders = (rows: TrackerRow[]) => rows.map((r) => r.order);

describe('sorting the provision tracker', () => {
  it('sorts by status from the surest word to the least sure, and back', () => {
    const byStatus = [...ROWS].sort((a, b) => compareRows(a, b, 'status'));
    expect(orders(byStatus)).toEqual([3, 1, 4, 2]);
    const reversed = [...ROWS].sort((a, b) => compareRows(a, b, 'status', 'descending'));
    expect(orders(reversed)).toEqual([2, 4, 1, 3]);
  });

  it('sorts by topic in the schema order, keeping the tracker order within a topic', () => {
    const byTopic = [...ROWS].sort((a, b) => compareRows(a, b, 'topic'));
    expect(orders(byTopic)).toEqual([1, 4, 2, 3]);
  });

  it('sorts by the tracker order', () => {
    const shuffled = [ROWS[2]!, ROWS[0]!, ROWS[3]!, ROWS[1]!];
    expect(orders(shuffled.sort((a, b) => compareRows(a, b, 'order', 'descending')))).toEqual([
      4, 3, 2, 1,
    ]);
  });

  it('flips the direction of the sorted column and starts other columns ascending', () => {
    expect(nextDirection({ key: 'status', direction: 'ascending' }, 'status')).toBe('descending');
    expect(nextDirection({ key: 'status', direction: 'descending' }, 'status')).toBe('ascending');
    expect(nextDirection({ key: 'status', direction: 'descending' }, 'topic')).toBe('ascending');
  });
});

describe('filtering the provision tracker', () => {
  it('keeps rows that match every filter set', () => {
    const shown = ROWS.filter((r) => matchesFilters(r, { status: '', topic: 'territory' }));
    expect(orders(shown)).toEqual([1, 4]);
    const both = ROWS.filter((r) => matchesFilters(r, { status: 'disputed', topic: 'territory' }));
    expect(orders(both)).toEqual([4]);
    expect(ROWS.filter((r) => matchesFilters(r, { status: '', topic: '' }))).toHaveLength(4);
  });

  it('says how many provisions are shown', () => {
    const words = {
      all: tPlural('uk', 'tracker.showingAll', 7),
      some: tPlural('uk', 'tracker.showingSome', 7),
      none: t('uk', 'tracker.noneMatch', { total: 7 }),
    };
    expect(filterSummary(7, 7, words)).toBe(words.all);
    expect(filterSummary(0, 7, words)).toBe(words.none);
    expect(filterSummary(2, 7, words)).toBe(words.some.replace('{shown}', '2'));
    expect(filterSummary(2, 7, words)).toMatch(/^\D*2\D+7\D*$/);
  });

  it('offers only the statuses and topics in use, in their canonical order', () => {
    expect(presentStatuses(['unknown', 'reported', 'reported'])).toEqual(['reported', 'unknown']);
    expect(presentTopics(['nato', 'territory'], (topic) => topicLabel(topic, 'en'))).toEqual([
      { value: 'territory', label: 'Territory' },
      { value: 'nato', label: 'NATO' },
    ]);
  });
});
