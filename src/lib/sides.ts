import { SIDES, type Side } from './schemas.ts';

/** How each side is named for readers, in headings and filters. */
export const SIDE_LABELS: Record<Side, string> = {
  'united-states': 'United States',
  ukraine: 'Ukraine',
  russia: 'Russia',
  europe: 'Europe',
  'us-congress': 'US Congress',
  'outside-voices': 'Outside voices',
};

/** Group entries by side, in the fixed order of SIDES, leaving out sides with no entries. */
export function groupBySide<T extends { side: Side }>(
  items: readonly T[],
): { side: Side; label: string; items: T[] }[] {
  return SIDES.map((side) => ({
    side,
    label: SIDE_LABELS[side],
    items: items.filter((item) => item.side === side),
  })).filter((group) => group.items.length > 0);
}
