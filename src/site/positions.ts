/**
 * The positions matrix: each side's stated position on each issue, derived only from content data.
 *
 * A cell is filled from two kinds of entries, never from prose written for the matrix:
 * - the `positions` of the provisions mapped to the issue (content/provisions/*.yaml), and
 * - the quotations mapped to the issue (content/actors/*.yaml, `quotes`), shown word for word.
 * A cell with neither says so; nothing is inferred. The mapping of issues to provisions and quotes
 * lives in content/issues/.
 */

/** One issue, a row of the matrix: an entry of content/issues/ with its id. */
export interface IssueDefinition {
  /** The file name in content/issues/, used as the row's #anchor: `issue-<id>`. */
  id: string;
  /** The issue, as readers know it. */
  label: string;
  /** Provision ids whose `positions` fill this row. */
  provisions?: readonly string[];
  /** Quotations that fill this row, as `actor-id/quote-id`. */
  quotes?: readonly string[];
  /** Event ids linked from the row as background, never as a position. */
  events?: readonly string[];
}

/** The fields of a provision the matrix needs. */
export interface MatrixProvision {
  id: string;
  title: string;
  positions: readonly { actor: string; position: string; sources: readonly string[] }[];
}

/** The fields of an actor the matrix needs. */
export interface MatrixActor {
  id: string;
  name: string;
  side: string;
  quotes: readonly { id: string; text: string; context: string; sources: readonly string[] }[];
}

/** One statement in a cell: an actor's position on a provision, or their words. */
export interface MatrixStatement {
  actor: string;
  actorName: string;
  /** `position` for a provision's position (our words), `quote` for the actor's own words. */
  kind: 'position' | 'quote';
  text: string;
  /** For a quote: where and when it was said. */
  context?: string;
  sources: readonly string[];
  /** Where the statement lives on the site: the provision's id, or the quote's `actor/quote` key. */
  from: { provision: string } | { actor: string; quote: string };
}

export interface MatrixRow {
  issue: IssueDefinition;
  /** One cell per side, in the order of `sides`; an empty list means "not stated". */
  cells: { side: string; statements: MatrixStatement[] }[];
}

/**
 * Build the matrix. Throws, naming the file to fix, when an issue maps a provision or quote that
 * does not exist, so a renamed file cannot silently empty a column.
 */
export function positionsMatrix(input: {
  issues: readonly IssueDefinition[];
  sides: readonly string[];
  provisions: readonly MatrixProvision[];
  actors: readonly MatrixActor[];
  /** The ids of the events, to check the issues' `events`. */
  eventIds: readonly string[];
}): MatrixRow[] {
  const { issues, sides, provisions, actors, eventIds } = input;
  const provisionById = new Map(provisions.map((p) => [p.id, p]));
  const actorById = new Map(actors.map((a) => [a.id, a]));
  return issues.map((issue) => {
    const statements: MatrixStatement[] = [];
    for (const eventId of issue.events ?? []) {
      if (!eventIds.includes(eventId))
        throw new Error(missing(issue.id, `event "${eventId}"`, `content/events/${eventId}.yaml`));
    }
    for (const provisionId of issue.provisions ?? []) {
      const provision = provisionById.get(provisionId);
      if (!provision)
        throw new Error(
          missing(issue.id, `provision "${provisionId}"`, `content/provisions/${provisionId}.yaml`),
        );
      for (const p of provision.positions) {
        const actor = actorById.get(p.actor);
        if (!actor)
          throw new Error(
            missing(
              issue.id,
              `actor "${p.actor}" (a position in ${provisionId})`,
              `content/actors/${p.actor}.yaml`,
            ),
          );
        statements.push({
          actor: actor.id,
          actorName: actor.name,
          kind: 'position',
          text: p.position,
          sources: p.sources,
          from: { provision: provision.id },
        });
      }
    }
    for (const key of issue.quotes ?? []) {
      const [actorId = '', quoteId = ''] = key.split('/');
      const actor = actorById.get(actorId);
      const quote = actor?.quotes.find((q) => q.id === quoteId);
      if (!actor || !quote)
        throw new Error(
          missing(issue.id, `quote "${key}"`, `the quotes of content/actors/${actorId}.yaml`),
        );
      statements.push({
        actor: actor.id,
        actorName: actor.name,
        kind: 'quote',
        text: quote.text,
        context: quote.context,
        sources: quote.sources,
        from: { actor: actor.id, quote: quote.id },
      });
    }
    return {
      issue,
      cells: sides.map((side) => ({
        side,
        statements: dedupe(statements.filter((s) => actorById.get(s.actor)?.side === side)),
      })),
    };
  });
}

// The same actor can hold the same position on two provisions of one issue (analysts' view of
// Putin appears under both NATO provisions); show it once.
function dedupe(statements: MatrixStatement[]): MatrixStatement[] {
  const seen = new Set<string>();
  return statements.filter((s) => {
    const key = `${s.actor}\u0000${s.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function missing(issue: string, what: string, where: string): string {
  return (
    `content/issues/${issue}.yaml maps ${what}, which is not in ${where}. ` +
    'Fix the id in the issue, or restore the entry it points to.'
  );
}
