import { homePanels } from '../home/home-panels';
import { SupportDuePanel } from './DueLists';

// Registered once, when the support section is loaded with the app's sections.
if (!homePanels.some((p) => p.id === 'support-due')) {
  homePanels.push({ id: 'support-due', title: 'Reviews and follow-ups due', channel: 'support.reviewsDue', order: 40, Component: SupportDuePanel });
}
