import { SIDES, type Side } from './vocabulary.ts';

/**
 * Group entries by side, in the fixed order of SIDES, leaving out sides with no entries. Each
 * group's label is `labelOf(side)`, the side's name in the page's language.
 */
export function groupBySide<T extends { side: Side }>(
  items: readonly T[],
  labelOf: (side: Side) => string,
): { side: Side; label: string; items: T[] }[] {
  return SIDES.map((side) => ({
    side,
    label: labelOf(side),
    items: items.filter((item) => item.side === side),
  })).filter((group) => group.items.length > 0);
}
