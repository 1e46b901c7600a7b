/**
 * The components an explainer page may use, without an import, and the #anchors each adds to the
 * page. One list for everything that needs it: the MDX policy allows exactly these names, a page
 * imports each of them it uses from src/components/<Name>.astro when it is compiled
 * (src/markdown/remark-component-imports.ts), the print edition renders with all of them
 * (src/components/mdx-components.ts is typed against this list), and the link check knows which
 * anchors a page with them has.
 */
import { SIDES, STATUS_WORDS } from '../shared/vocabulary.ts';
import { updateAnchor } from '../site/page-updates.ts';
import type { CollectionName } from './registry.ts';

/** The ids of each collection, as the link check has them. */
export type CollectionIds = (collection: CollectionName) => readonly string[];

/** Every component, with the anchors it adds to the page that uses it. */
export const MDX_COMPONENTS_ANCHORS = {
  StatusLegend: () => STATUS_WORDS.map((word) => `status-${word}`),
  ActorsBySide: () => SIDES.map((side) => `side-${side}`),
  EventList: (ids: CollectionIds) => ids('events'),
  TimelineDiagram: () => [],
  ActorMapDiagram: () => [],
  PlanPathDiagram: () => [],
  GlossaryList: (ids: CollectionIds) => ids('glossary'),
  SourceList: (ids: CollectionIds) => ids('sources').map((id) => `source-${id}`),
  ProvisionTracker: (ids: CollectionIds) => [...ids('provisions'), 'tracker-caption'],
  PositionsMatrix: (ids: CollectionIds) => [
    ...ids('issues').map((id) => `issue-${id}`),
    'matrix-caption',
  ],
  UpdatesList: (ids: CollectionIds) => ids('updates').map(updateAnchor),
  DataDownloads: () => [],
  Quote: () => [],
  FightingMap: () => ['map-fighting'],
  TalksMap: () => ['map-talks'],
} satisfies Record<string, (ids: CollectionIds) => readonly string[]>;

/** The name of a component content may use. */
export type MdxComponentName = keyof typeof MDX_COMPONENTS_ANCHORS;

/** The names, in the order the README lists them. */
export const MDX_COMPONENT_NAMES = Object.keys(MDX_COMPONENTS_ANCHORS) as MdxComponentName[];

/** Whether a JSX name is one of the components. */
export function isMdxComponent(name: string): name is MdxComponentName {
  return Object.hasOwn(MDX_COMPONENTS_ANCHORS, name);
}
