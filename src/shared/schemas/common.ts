import { z } from 'zod';

/** An empty input, for channels that take no arguments. Unknown keys are refused. */
export const EmptyInput = z.object({}).strict();

/** A username: short, case-insensitive, letters, digits, dot, dash, underscore. */
export const UsernameSchema = z
  .string()
  .trim()
  .min(2, 'Usernames are at least 2 characters.')
  .max(64, 'Usernames are at most 64 characters.')
  .regex(/^[\p{L}\p{N}._-]+$/u, 'Use letters, numbers, dots, dashes or underscores only.')
  .transform((s) => s.normalize('NFC').toLowerCase());

/**
 * A person's name as typed: any script, kept exactly (not trimmed of inner spaces or altered),
 * up to 200 characters.
 */
export const PersonNameSchema = z
  .string()
  .max(200, 'Names are at most 200 characters.')
  .refine((s) => s.trim().length > 0, 'Enter a name.');

/** A UTC timestamp as stored: ISO 8601 with Z. */
export const IsoTimestampSchema = z.iso.datetime();

/** A calendar date, YYYY-MM-DD. */
export const IsoDateSchema = z.iso.date();
