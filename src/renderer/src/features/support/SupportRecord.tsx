import { Tabs } from '@mantine/core';
import { useState } from 'react';
import { BudgetPanel } from './BudgetPanel';
import { ContactsLog } from './ContactsLog';
import { EventsLog } from './EventsLog';
import { ExitPanel } from './ExitPanel';
import { FeedbackPanel } from './FeedbackPanel';
import { LetterPreview } from './LetterPreview';
import { SupportPlanPanel } from './SupportPlanPanel';

/** The support tabs, in the order a worker meets them. */
export const SUPPORT_TABS = [
  { value: 'plan', label: 'Plan', Panel: SupportPlanPanel },
  { value: 'contacts', label: 'Contacts', Panel: ContactsLog },
  { value: 'feedback', label: 'Feedback', Panel: FeedbackPanel },
  { value: 'events', label: 'Events', Panel: EventsLog },
  { value: 'budget', label: 'Budget', Panel: BudgetPanel },
  { value: 'exit', label: 'Exit', Panel: ExitPanel },
  { value: 'letters', label: 'Letters', Panel: LetterPreview },
] as const;

/** Which support tab. */
export type SupportTab = (typeof SUPPORT_TABS)[number]['value'];

/**
 * Every support panel of one household as tabs (only the open tab is mounted, so only what is
 * looked at is loaded and audited). The case record can mount this whole, or the panels one by one.
 */
export function SupportRecord({ householdId, initialTab = 'plan' }: { householdId: number; initialTab?: SupportTab }) {
  const [tab, setTab] = useState<string | null>(initialTab);
  return (
    <Tabs value={tab} onChange={setTab} keepMounted={false}>
      <Tabs.List mb="md">
        {SUPPORT_TABS.map((t) => (
          <Tabs.Tab key={t.value} value={t.value}>
            {t.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {SUPPORT_TABS.map((t) => (
        <Tabs.Panel key={t.value} value={t.value}>
          <t.Panel householdId={householdId} />
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
