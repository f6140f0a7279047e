import { homePanels } from '../../home/home-panels';
import { CallsPanel, HandoversPanel } from '../../oncall/OnCallPanels';
import '../rota.css';
import { OnNowPanel } from './OnNowPanel';

// Registered once, when the rota section is loaded with the app's sections. "On now" comes first:
// it is what a night worker needs at a glance.
const PANELS = [
  { id: 'rota-on-now', title: 'On now', channel: 'rota.onNow', order: 0, Component: OnNowPanel },
  { id: 'oncall-handovers', title: 'Handovers', channel: 'handover.unread', order: 5, Component: HandoversPanel },
  { id: 'oncall-calls', title: 'Calls and follow-ups', channel: 'phoneLog.followUps', order: 30, Component: CallsPanel },
] as const;

for (const p of PANELS) if (!homePanels.some((x) => x.id === p.id)) homePanels.push({ ...p });
