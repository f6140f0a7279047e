import { homePanels } from '../../home/home-panels';
import { ContactDuePanel } from './ContactDuePanel';

// Registered once, when the cases section is loaded with the app's sections.
if (!homePanels.some((p) => p.id === 'contact-due')) {
  homePanels.push({ id: 'contact-due', title: 'Referrals: first contact due', channel: 'referrals.contactDue', order: 5, Component: ContactDuePanel });
}
