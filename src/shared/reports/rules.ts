/*
 * The counting rules every report follows, printed with every report and export so a reader can
 * check a figure by hand. Each is implemented in ./compute and checked by the known-answer tests
 * (test/integration/reports/known-answers.test.ts).
 */

/** The counting rules, in plain English. */
export const COUNTING_RULES: string[] = [
  'Periods are London calendar dates, both ends included. The financial year runs 1 April to 31 March; quarters are April–June, July–September, October–December and January–March.',
  'A referral belongs to the period in which it arrived; a decision (accepted or not supported) to the period in which it was made; a contact, event or exit to the period of its date. An exit on the last day of a period is in that period.',
  'A household that stayed in safe accommodation had at least one night in a unit in the period. A stay that crosses the end of a year counts in both years. A household (and each person in it) is counted once however many stays it had.',
  'A child and an adult in the same household are two individuals; the household is one household. Children are counted when they live with the adult.',
  'Age bands use age on arrival — the first night of the household’s earliest stay in the period, or the day support began for reports about support — never age today. A 15-year-old who turns 16 during the stay is counted as 11 to 15.',
  'A move between units continues one stay. A stay has ended when its last night was in the period; its length runs from arrival to the morning they left.',
  'Support began on the earlier of the first night in a unit since the referral and the first support contact (else the day the referral was accepted), and ended at the exit (or when move-on support after it ended). A household taken off the waiting list without arriving, with no exit recorded, stopped being supported that day.',
  'Needs come from the household’s latest risk assessment on or before the period’s last day; characteristics from the case record as it is now.',
];
