/**
 * What the phone log, follow-ups and handovers show in place of a call's or note's text when it
 * concerns a restricted case the reader is not named on (the main process withholds the text).
 */
export const HIDDEN_DETAILS = 'Restricted case — details hidden';
