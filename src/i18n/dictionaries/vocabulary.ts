/**
 * The names readers see for the site's fixed vocabulary (sides, topics), in each language, from
 * the dictionaries' `sides` and `topics` groups.
 */
import type { Side, Topic } from '../../shared/vocabulary.ts';
import { t, type TextKey } from './index.ts';

const SIDE_KEYS: Record<Side, TextKey> = {
  'united-states': 'sides.unitedStates',
  ukraine: 'sides.ukraine',
  russia: 'sides.russia',
  europe: 'sides.europe',
  'us-congress': 'sides.usCongress',
  'outside-voices': 'sides.outsideVoices',
};

const TOPIC_KEYS: Record<Topic, TextKey> = {
  territory: 'topics.territory',
  'armed-forces': 'topics.armedForces',
  nato: 'topics.nato',
  'security-guarantees': 'topics.securityGuarantees',
  economy: 'topics.economy',
  sovereignty: 'topics.sovereignty',
  other: 'topics.other',
};

/** A side's name in the language `code`: ("united-states", "uk") → "США". */
export function sideLabel(side: Side, code: string): string {
  return t(code, SIDE_KEYS[side]);
}

/** A topic's name in the language `code`: ("armed-forces", "en") → "Armed forces". */
export function topicLabel(topic: Topic, code: string): string {
  return t(code, TOPIC_KEYS[topic]);
}
