/**
 * What the provision tracker shows for topics and status words, and the ranks its rows carry for
 * sorting in the browser (see src/reader/client/tracker-order.ts, which cannot import the schemas).
 */
import { STATUS_WORDS, TOPICS, type StatusWord, type Topic } from './vocabulary.ts';

export type { Topic } from './vocabulary.ts';

/** A topic's place in the list of topics, for sorting. */
export function topicRank(topic: Topic): number {
  return TOPICS.indexOf(topic);
}

/** A status word's place from the surest (confirmed) to the least sure (unknown), for sorting. */
export function statusRank(status: StatusWord): number {
  return STATUS_WORDS.indexOf(status);
}

/** The status words used by at least one provision, in their canonical order, for the filter. */
export function presentStatuses(statuses: readonly string[]): StatusWord[] {
  return STATUS_WORDS.filter((word) => statuses.includes(word));
}

/**
 * The topics used by at least one provision, in their canonical order, with their labels
 * (`labelOf(topic)`, the topic's name in the page's language).
 */
export function presentTopics(
  topics: readonly string[],
  labelOf: (topic: Topic) => string,
): { value: Topic; label: string }[] {
  return TOPICS.filter((topic) => topics.includes(topic)).map((value) => ({
    value,
    label: labelOf(value),
  }));
}
