/**
 * The components an explainer page may use, each src/components/<Name>.astro. The list of names
 * is src/collections/components.ts (the MDX policy allows exactly those, and the link check knows
 * their anchors); `satisfies` makes a missing or extra component a type error here. A page is
 * given the components it uses when it is compiled (src/markdown/remark-component-imports.ts), so
 * each component's styles go only to the pages that show it; the print edition, which shows every
 * page, imports them all here, so their styles come once with it rather than once per page.
 */
import type { MdxComponentName } from '../collections/components.ts';
import ActorMapDiagram from './ActorMapDiagram.astro';
import ActorsBySide from './ActorsBySide.astro';
import DataDownloads from './DataDownloads.astro';
import Quote from './Quote.astro';
import EventList from './EventList.astro';
import FightingMap from './FightingMap.astro';
import GlossaryList from './GlossaryList.astro';
import PlanPathDiagram from './PlanPathDiagram.astro';
import PositionsMatrix from './PositionsMatrix.astro';
import ProvisionTracker from './ProvisionTracker.astro';
import SourceList from './SourceList.astro';
import StatusLegend from './StatusLegend.astro';
import TalksMap from './TalksMap.astro';
import TimelineDiagram from './TimelineDiagram.astro';
import UpdatesList from './UpdatesList.astro';

export const MDX_COMPONENTS = {
  ActorMapDiagram,
  ActorsBySide,
  DataDownloads,
  Quote,
  EventList,
  FightingMap,
  GlossaryList,
  PlanPathDiagram,
  PositionsMatrix,
  ProvisionTracker,
  SourceList,
  StatusLegend,
  TalksMap,
  TimelineDiagram,
  UpdatesList,
} satisfies Record<MdxComponentName, unknown>;
