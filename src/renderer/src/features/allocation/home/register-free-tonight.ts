import { homePanels } from '../../home/home-panels';
import { FreeTonightPanel } from './FreeTonightPanel';

// Registered once, when the allocation section is loaded with the app's sections.
if (!homePanels.some((p) => p.id === 'free-tonight')) {
  homePanels.push({ id: 'free-tonight', title: 'Free tonight', channel: 'allocation.board', order: 20, Component: FreeTonightPanel });
}
