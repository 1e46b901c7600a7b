/**
 * The components an explainer page may use, passed to every MDX page without imports. The list
 * of names is src/collections/components.ts (the MDX policy allows exactly those, and the link
 * check knows their anchors); `satisfies` makes a missing or extra component a type error here.
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
