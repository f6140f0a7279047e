import { homePanels } from '../home/home-panels';
import { SanctuaryDuePanel } from './DueList';

// Registered once, when the sanctuary section is loaded with the app's sections.
if (!homePanels.some((p) => p.id === 'sanctuary-due')) {
  homePanels.push({ id: 'sanctuary-due', title: 'Sanctuary scheme: due and overdue', channel: 'sanctuary.due', order: 45, Component: SanctuaryDuePanel });
}
