/*
 * The support feature's panels, for the case record to mount (each takes the household's id and
 * loads and saves its own data through the support channels):
 *
 *   <SupportPlanPanel householdId={id} />   plan: needs, goals, outcome scores, safety plan, review date
 *   <ContactsLog householdId={id} />        contacts log with support-hours totals (any period)
 *   <FeedbackPanel householdId={id} />      session rating totals with a trend chart and table
 *   <EventsLog householdId={id} />          safeguarding, HRBP, serious incidents, complaints, compliments, MARAC
 *   <BudgetPanel householdId={id} />        personal budget: allocation, spends, balance
 *   <ExitPanel householdId={id} />          exit (ends the stay), follow-up, move-on support
 *   <LetterPreview householdId={id} />      discharge and other letters: preview, save as PDF, print
 *   <SupportRecord householdId={id} />      all of the above as tabs
 *
 * and the lists and screens: <ReviewsDueList/>, <FollowUpsDueList/>, <LetterTemplatesAdmin/>,
 * <SupportScreen/> (the "Support & exits" section).
 */
export { BudgetPanel } from './BudgetPanel';
export { ContactsLog } from './ContactsLog';
export { FollowUpsDueList, ReviewsDueList, SupportDuePanel } from './DueLists';
export { EventsLog } from './EventsLog';
export { ExitPanel } from './ExitPanel';
export { FeedbackPanel } from './FeedbackPanel';
export { LetterPreview } from './LetterPreview';
export { LetterTemplatesAdmin } from './LetterTemplatesAdmin';
export { SupportPlanPanel } from './SupportPlanPanel';
export { SUPPORT_TABS, SupportRecord, type SupportTab } from './SupportRecord';
export { SupportScreen } from './SupportScreen';
