import { z } from 'zod';

/*
 * Field rules shared by every intake form and the router: names in any script kept exactly, free
 * text kept verbatim up to 20,000 characters, dates as YYYY-MM-DD. Whether a date is in the
 * future depends on "now", so that check lives in date-rules.ts and is applied with the clock.
 */

/** The longest free-text note we keep. */
export const FREE_TEXT_MAX = 20_000;

/** A free-text note, stored exactly as typed. */
export const FreeText = z.string().max(FREE_TEXT_MAX, `At most ${FREE_TEXT_MAX.toLocaleString('en-GB')} characters.`);

/** A short line of text (a phone number, a referrer's name). */
export function shortText(max: number, what = 'This') {
  return z.string().max(max, `${what} is at most ${max} characters.`);
}

/** An optional name or alias: any script, emoji included, up to 200 characters. */
export const OptionalName = z.string().max(200, 'Names are at most 200 characters.');

/** A calendar date. */
export const DateOnly = z.iso.date({ message: 'Enter a date as YYYY-MM-DD.' });

/** A UTC instant. */
export const Instant = z.iso.datetime({ offset: true, message: 'Enter a date and time.' });

/** A database id. */
export const Id = z.number().int().positive();
