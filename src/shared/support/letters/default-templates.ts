import type { LetterTemplateText } from './merge';

/*
 * The letters every new database starts with. An administrator rewrites them to the service's own
 * voice; these are sensible, plain-English starting points. Neither wording comes from a licensed
 * source.
 */

/** A letter template as shipped. */
export interface DefaultTemplate extends LetterTemplateText {
  code: string;
  title: string;
  description: string;
}

const LETTERHEAD = '{{orgName}}\n{{orgAddress}}\n{{orgPhone}}';

/** The discharge letter, given at exit (`000_…` 4.9), and a confirmation of residence. */
export const DEFAULT_TEMPLATES: readonly DefaultTemplate[] = [
  {
    code: 'discharge',
    title: 'Discharge letter',
    description: 'Given when support ends: the dates of support and how to get back in touch.',
    letterhead: LETTERHEAD,
    body: [
      '{{today}}',
      'Dear {{name}},',
      'Our reference: {{reference}}',
      'This letter confirms that you were supported by {{orgName}} from {{supportStart}} to {{supportEnd}}. Your support worker was {{worker}}.',
      'Thank you for letting us work with you. We hope the months ahead are safe and settled for you and for anyone who lives with you.',
      '{{getBackInTouch}}',
      'If you are ever in immediate danger, call 999. Our out-of-hours number is {{outOfHoursNumber}}. The free, 24-hour National Domestic Abuse Helpline is on {{nationalHelpline}}.',
    ].join('\n\n'),
    signOff: 'With our best wishes,\n\n{{worker}}\n{{orgName}}',
  },
  {
    code: 'residence',
    title: 'Confirmation of residence',
    description: 'For housing or benefits: confirms where the person lives and since when. Uses the unit’s address, so only managers and administrators can print it.',
    letterhead: LETTERHEAD,
    body: [
      '{{today}}',
      'To whom it may concern',
      'Confirmation of residence: {{name}} (our reference {{reference}})',
      'This is to confirm that {{name}} has lived in safe accommodation provided by {{orgName}} since {{supportStart}}, at this address:\n{{unitAddress}}',
      'Please keep this address strictly confidential. It is the address of safe accommodation for people escaping domestic abuse. Do not share it with anyone, including family members, and do not put it on any letter or form that another person could see.',
      'If you need to check anything in this letter, call {{orgName}} on {{orgPhone}} and quote our reference.',
    ].join('\n\n'),
    signOff: 'Yours faithfully,\n\n{{worker}}\n{{orgName}}',
  },
];

/** What a new database says about getting back in touch, out-of-hours and the national helpline. */
export const DEFAULT_LETTER_SETTINGS = {
  getBackInTouch:
    'You can get back in touch with us at any time, for any reason. Call us, or ask any service you are in contact with to refer you again. You will not have to tell your story again from the beginning.',
  outOfHoursNumber: '',
  // The National Domestic Abuse Helpline (Refuge), free and open 24 hours.
  nationalHelpline: '0808 2000 247',
} as const;
