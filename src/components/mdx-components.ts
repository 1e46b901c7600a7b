/**
 * The components an explainer page may use, passed to every MDX page without imports. The MDX
 * content policy allows exactly these names (see src/security/mdx-rules.ts), so a page cannot
 * import anything else.
 */
import ActorMapDiagram from './ActorMapDiagram.astro';
import ActorsBySide from './ActorsBySide.astro';
import DataDownloads from './DataDownloads.astro';
import EventList from './EventList.astro';
import GlossaryList from './GlossaryList.astro';
import PlanPathDiagram from './PlanPathDiagram.astro';
import PositionsMatrix from './PositionsMatrix.astro';
import ProvisionTracker from './ProvisionTracker.astro';
import SourceList from './SourceList.astro';
import StatusLegend from './StatusLegend.astro';
import TimelineDiagram from './TimelineDiagram.astro';
import UpdatesList from './UpdatesList.astro';

export const MDX_COMPONENTS = {
  ActorMapDiagram,
  ActorsBySide,
  DataDownloads,
  EventList,
  GlossaryList,
  PlanPathDiagram,
  PositionsMatrix,
  ProvisionTracker,
  SourceList,
  StatusLegend,
  TimelineDiagram,
  UpdatesList,
};
