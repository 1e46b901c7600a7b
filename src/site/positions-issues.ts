/**
 * The issues of the positions matrix, and which content entries speak to each. This is a map of
 * ids, not a store of positions: every word a cell shows comes from content/provisions/ (the
 * `positions` of each mapped provision) or content/actors/ (each mapped quotation).
 *
 * To add an issue, add an entry here; to put a new statement in a cell, add a position to a
 * provision or a quote to an actor in content/ and map it here. Ids that do not exist fail the
 * build, naming this file.
 */

/** One issue: a row of the matrix. */
export interface IssueDefinition {
  /** An id, used as the row's #anchor: `issue-<id>`. */
  id: string;
  /** The issue, as readers know it. */
  label: string;
  /** Provision ids (content/provisions/) whose `positions` fill this row. */
  provisions?: readonly string[];
  /** Quotations that fill this row, as `actor-id/quote-id` (content/actors/, `quotes`). */
  quotes?: readonly string[];
  /** Event ids (content/events/) linked from the row as background, never as a position. */
  events?: readonly string[];
}

/**
 * The issues in the order the matrix shows them: the plan's main terms first (territory, the
 * army, NATO, guarantees, frozen assets), then sanctions and the other questions the source raises.
 */
export const ISSUES: readonly IssueDefinition[] = [
  { id: 'territory', label: 'Territory', provisions: ['territory-beyond-russian-control'] },
  {
    id: 'army-size',
    label: "Size of Ukraine's army",
    provisions: ['cap-on-ukraines-armed-forces'],
  },
  {
    id: 'nato',
    label: 'NATO membership',
    provisions: ['no-nato-membership', 'constitutional-ban-on-nato-membership'],
  },
  {
    id: 'security-guarantees',
    label: 'Security guarantees',
    provisions: ['article-5-style-security-guarantee'],
  },
  {
    id: 'frozen-assets',
    label: 'Frozen Russian assets',
    provisions: ['frozen-russian-assets-for-reconstruction'],
  },
  {
    id: 'sanctions',
    label: 'Sanctions and pressure on Russia',
    quotes: ['emmanuel-macron/continued-pressure'],
    events: ['2025-11-21-oil-sanctions-take-effect'],
  },
  {
    id: 'leaders-meeting',
    label: 'A meeting of the leaders',
    quotes: ['donald-trump/truth-social-meet-when-final'],
  },
  {
    id: 'anchorage',
    label: 'The Anchorage summit understandings',
    quotes: ['sergey-lavrov/spirit-and-letter-of-anchorage'],
  },
  {
    id: 'wider-framework',
    label: 'US–Russia ties and European security',
    provisions: ['us-russia-relations-framework'],
  },
  {
    id: 'ukraines-say',
    label: "Ukraine's say and sovereignty",
    quotes: ['coalition-of-the-willing/fully-involve-ukraine'],
  },
  {
    id: 'the-deal',
    label: 'The deal as a whole',
    quotes: [
      'vladimir-putin/basis-for-settlement',
      'donald-trump/air-force-one-good-deal',
      'james-stavridis/not-a-perfect-outcome',
    ],
  },
  {
    id: 'what-is-left',
    label: 'What is left to settle',
    quotes: [
      'rustem-umerov/common-understanding-geneva',
      'donald-trump/air-force-one-standard-things',
      'karoline-leavitt/delicate-not-insurmountable',
      'dmitry-peskov/nothing-to-say',
    ],
  },
  {
    id: 'deadline',
    label: 'A deadline for Ukraine',
    quotes: ['donald-trump/deadline-when-its-over'],
    events: ['2025-11-25-trump-drops-deadline'],
  },
];
