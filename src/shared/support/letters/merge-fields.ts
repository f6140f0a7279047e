/*
 * The merge fields a letter template may use, as data: the template editor lists them, the
 * merge refuses any other, and the service fills only those a template actually uses.
 */

/** One merge field. */
export interface MergeFieldDef {
  /** What it holds, for the template editor. */
  label: string;
  /** A made-up value for previews while editing a template (never real data). */
  sample: string;
  /** Only managers and administrators may print a letter that uses it. */
  restricted?: boolean;
}

/** Every merge field, by the name written in a template as {{name}}. */
export const MERGE_FIELDS = {
  name: { label: 'The person’s name (their alias if no name is recorded)', sample: 'Sam Taylor' },
  reference: { label: 'The case reference', sample: 'C-000123' },
  today: { label: 'Today’s date (the letter’s date)', sample: '20 November 2026' },
  supportStart: { label: 'The date support began', sample: '3 March 2026' },
  supportEnd: { label: 'The date support ended (the exit date)', sample: '9 June 2026' },
  worker: { label: 'The key worker (or the person printing, if none)', sample: 'Jo Worker' },
  getBackInTouch: { label: 'How to get back in touch (set below)', sample: 'You can get back in touch with us at any time.' },
  outOfHoursNumber: { label: 'The out-of-hours number (set below)', sample: '01632 960001' },
  nationalHelpline: { label: 'The national helpline number (set below)', sample: '0808 2000 247' },
  orgName: { label: 'The organisation’s name (Settings)', sample: 'Harbour Refuge' },
  orgAddress: { label: 'The organisation’s correspondence address (Settings), not a refuge’s', sample: 'PO Box 100\nExampletown' },
  orgPhone: { label: 'The organisation’s phone number (Settings)', sample: '01632 960000' },
  orgEmail: { label: 'The organisation’s email address (Settings)', sample: 'office@example.org' },
  unitAddress: {
    label: 'The address of the unit the person lives or lived in. Restricted: only managers and administrators can print a letter that uses it',
    sample: 'Flat 2, 1 Example Street\nExampletown',
    restricted: true,
  },
} as const satisfies Record<string, MergeFieldDef>;

/** A merge field's name. */
export type MergeField = keyof typeof MERGE_FIELDS;

/** Every merge field's name. */
export const MERGE_FIELD_NAMES = Object.keys(MERGE_FIELDS) as MergeField[];

/** Whether a name is a merge field. */
export function isMergeField(name: string): name is MergeField {
  return Object.prototype.hasOwnProperty.call(MERGE_FIELDS, name);
}

/** Sample values for every field, for previewing a template while editing it. */
export function sampleValues(): Record<MergeField, string> {
  return Object.fromEntries(MERGE_FIELD_NAMES.map((f) => [f, MERGE_FIELDS[f].sample])) as Record<MergeField, string>;
}
