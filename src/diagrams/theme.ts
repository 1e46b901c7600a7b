/**
 * Diagram colours that follow the site's theme.
 *
 * Mermaid computes colours in JavaScript, so it cannot take `var(--surface)` directly. We render
 * each diagram once with unusual placeholder colours ("sentinels", one per role below) and then
 * replace every sentinel in the SVG with the CSS expression of its role. The same SVG then
 * follows light mode, dark mode and the theme toggle without a second render.
 *
 * Pure module: used at build time and by the in-browser fallback.
 */

/** The CSS value each colour role becomes. Only the site's tokens from tokens.css are used. */
export const ROLE_CSS = {
  bg: 'var(--bg)',
  surface: 'var(--surface)',
  text: 'var(--text)',
  muted: 'var(--muted)',
  accent: 'var(--accent)',
  border: 'var(--border)',
  // Light tints keep body text on them above WCAG AA in both themes: 12-16 % of a colour mixed
  // into the surface changes the surface's luminance only a little.
  tintAccent: 'color-mix(in srgb, var(--accent) 14%, var(--surface))',
  tintReported: 'color-mix(in srgb, var(--status-reported) 16%, var(--surface))',
  tintConfirmed: 'color-mix(in srgb, var(--status-confirmed) 16%, var(--surface))',
  tintDisputed: 'color-mix(in srgb, var(--status-disputed) 16%, var(--surface))',
  tintUnconfirmed: 'color-mix(in srgb, var(--status-unconfirmed) 16%, var(--surface))',
  tintUnknown: 'color-mix(in srgb, var(--status-unknown) 16%, var(--surface))',
  statusReported: 'var(--status-reported)',
  statusConfirmed: 'var(--status-confirmed)',
  statusDisputed: 'var(--status-disputed)',
} as const;

export type ColourRole = keyof typeof ROLE_CSS;

const ROLES = Object.keys(ROLE_CSS) as ColourRole[];

/** The sentinel hex colour of a role: `#5e10` followed by the role's index in two hex digits. */
export function sentinel(role: ColourRole): string {
  return `#5e10${ROLES.indexOf(role).toString(16).padStart(2, '0')}`;
}

const TINTS: ColourRole[] = [
  'tintAccent',
  'tintReported',
  'tintConfirmed',
  'tintUnconfirmed',
  'tintDisputed',
  'tintUnknown',
];

/** Which role each of mermaid's theme variables plays. Variables not listed keep their default. */
const VARIABLE_ROLES: Record<string, ColourRole> = {};
function assign(role: ColourRole, names: string): void {
  for (const name of names.split(/\s+/).filter(Boolean)) VARIABLE_ROLES[name] = role;
}
assign(
  'bg',
  `background clusterBkg compositeBackground altBackground edgeLabelBackground labelBackgroundColor
   relationLabelBackground altSectionBkgColor rowOdd attributeBackgroundColorOdd excludeBkgColor`,
);
assign(
  'surface',
  `primaryColor secondaryColor tertiaryColor mainBkg nodeBkg actorBkg labelBoxBkgColor personBkg
   stateBkg compositeTitleBackground requirementBackground rectBkgColor sectionBkgColor
   sectionBkgColor2 taskBkgColor activeTaskBkgColor activationBkgColor rowEven errorBkgColor
   attributeBackgroundColorEven tagLabelBackground commitLabelBackground quadrant1Fill
   quadrant2Fill quadrant3Fill quadrant4Fill surface0 surface1 surface2 surface3 surface4
   surfacePeer0 surfacePeer1 surfacePeer2 surfacePeer3 surfacePeer4 fillType0 fillType1 fillType2
   fillType3 fillType4 fillType5 fillType6 fillType7`,
);
assign(
  'text',
  `primaryTextColor secondaryTextColor tertiaryTextColor textColor titleColor nodeTextColor
   actorTextColor signalTextColor labelTextColor loopTextColor noteTextColor classText
   stateLabelColor transitionLabelColor taskTextColor taskTextOutsideColor taskTextLightColor
   taskTextDarkColor taskTextClickableColor errorTextColor scaleLabelColor pieTitleTextColor
   pieSectionTextColor pieLegendTextColor requirementTextColor relationLabelColor branchLabelColor
   tagLabelColor commitLabelColor quadrant1TextFill quadrant2TextFill quadrant3TextFill
   quadrant4TextFill quadrantPointTextFill quadrantXAxisTextFill quadrantYAxisTextFill
   quadrantTitleFill vennTitleTextColor vennSetTextColor sequenceNumberColor`,
);
assign(
  'muted',
  `lineColor arrowheadColor defaultLinkColor actorLineColor signalColor transitionColor
   specialStateColor relationColor emArrowhead emRelationStroke archEdgeColor archEdgeArrowColor
   todayLineColor vertLineColor quadrantPointFill`,
);
assign(
  'accent',
  `primaryBorderColor secondaryBorderColor tertiaryBorderColor nodeBorder actorBorder
   labelBoxBorderColor noteBorderColor personBorder requirementBorderColor taskBorderColor
   activeTaskBorderColor activationBorderColor compositeBorder innerEndBackground gradientStart
   gradientStop`,
);
assign(
  'border',
  `clusterBorder border2 flowContainerStroke gridColor doneTaskBorderColor tagLabelBorder
   archGroupBorderColor quadrantInternalBorderStrokeFill quadrantExternalBorderStrokeFill`,
);
assign('bg', 'pieStrokeColor pieOuterStrokeColor');
assign('tintAccent', 'noteBkgColor');
assign('tintConfirmed', 'doneTaskBkgColor');
assign('tintDisputed', 'critBkgColor');
assign('statusDisputed', 'critBorderColor');
for (let i = 0; i < 12; i += 1) {
  const tint = TINTS[i % TINTS.length] as ColourRole;
  VARIABLE_ROLES[`cScale${i}`] = tint;
  VARIABLE_ROLES[`pie${i + 1}`] = tint;
  VARIABLE_ROLES[`cScaleLabel${i}`] = 'text';
  VARIABLE_ROLES[`cScaleInv${i}`] = 'muted';
  VARIABLE_ROLES[`cScalePeer${i}`] = 'accent';
}
for (let i = 0; i < 8; i += 1) {
  VARIABLE_ROLES[`git${i}`] = TINTS[i % TINTS.length] as ColourRole;
  VARIABLE_ROLES[`gitInv${i}`] = 'text';
  VARIABLE_ROLES[`gitBranchLabel${i}`] = 'text';
}

/**
 * The `themeVariables` for mermaid's `base` theme: every colour a sentinel, plus settings that
 * keep the output plain (no gradients or shadows whose colours we could not map).
 */
export function sentinelThemeVariables(): Record<string, unknown> {
  const vars: Record<string, unknown> = {
    fontFamily: 'Arial, "Liberation Sans", Helvetica, sans-serif',
    fontSize: '16px',
    useGradient: false,
    dropShadow: 'none',
    pieOpacity: '1',
    darkMode: false,
  };
  for (const [name, role] of Object.entries(VARIABLE_ROLES)) vars[name] = sentinel(role);
  const text = sentinel('text');
  vars['xyChart'] = {
    backgroundColor: sentinel('bg'),
    titleColor: text,
    dataLabelColor: text,
    legendTextColor: text,
    xAxisTitleColor: text,
    xAxisLabelColor: text,
    xAxisTickColor: text,
    xAxisLineColor: text,
    yAxisTitleColor: text,
    yAxisLabelColor: text,
    yAxisTickColor: text,
    yAxisLineColor: text,
    plotColorPalette: (
      ['accent', 'statusReported', 'statusConfirmed', 'statusDisputed', 'muted'] as const
    )
      .map(sentinel)
      .join(','),
  };
  vars['radar'] = { axisColor: sentinel('muted'), graticuleColor: sentinel('border') };
  return vars;
}

const SENTINEL_HEX = /#5e10([0-9a-f]{2})\b/gi;
const SENTINEL_RGB = /rgba?\(\s*94\s*,\s*16\s*,\s*(\d+)\s*(?:,\s*([\d.]+)\s*)?\)/gi;

function roleAt(index: string | number): ColourRole | undefined {
  const i = typeof index === 'number' ? index : Number.parseInt(index, 16);
  return ROLES[i];
}

/**
 * Replaces the sentinel colours in a rendered SVG with the CSS of their roles. A sentinel with
 * transparency (`rgba(94, 16, n, 0.5)`) becomes a `color-mix()` with `transparent`.
 */
export function applyThemeTokens(svg: string): string {
  return svg
    .replace(SENTINEL_HEX, (match, index: string) => {
      const role = roleAt(index);
      return role ? ROLE_CSS[role] : match;
    })
    .replace(SENTINEL_RGB, (match, index: string, alpha: string | undefined) => {
      const role = roleAt(Number(index));
      if (!role) return match;
      const a = alpha === undefined ? 1 : Number(alpha);
      if (a >= 1) return ROLE_CSS[role];
      return `color-mix(in srgb, ${ROLE_CSS[role]} ${Math.round(a * 100)}%, transparent)`;
    });
}
