/**
 * Colour literals left in an SVG after the theme tokens were applied (src/diagrams/theme.ts): each
 * one is a colour that would not follow the reader's theme. The diagram tests expect none.
 */
const LITERAL_COLOUR =
  /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?)\([^)]*\)|(?<=(?:fill|stroke|color|background|stop-color)\s*[:=]\s*"?)(?:white|black|red|navy|grey|gray|lightgrey|lightgray)\b/gi;

/** The distinct colour literals in an SVG or HTML text. */
export function leftoverColours(svg: string): string[] {
  return [...new Set(svg.match(LITERAL_COLOUR) ?? [])];
}
