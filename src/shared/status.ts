import type { StatusWord } from './vocabulary.ts';

/** What each status word means. The legend, the badges' previews and the README all use this. */
export const STATUS_MEANINGS: Record<StatusWord, string> = {
  confirmed: 'Stated on the record by the people or governments concerned, as the sources report.',
  reported:
    'Reported by the sources, with the attribution they give, but not confirmed on the record by all sides.',
  unconfirmed:
    'Claimed by one side or an unnamed official, and not confirmed by the others, as the sources note.',
  disputed: 'The sides or the sources disagree about it.',
  unknown: 'The sources say it is unclear or has not been made public.',
};
