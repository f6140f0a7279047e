import { dictionary } from '@zxcvbn-ts/language-common';

let cached: ReadonlySet<string> | null = null;

/**
 * The shipped list of common passwords (zxcvbn-ts's list of about 49,000 leaked passwords,
 * MIT licence), lower-cased.
 */
export function loadCommonPasswords(): ReadonlySet<string> {
  cached ??= new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
  return cached;
}
