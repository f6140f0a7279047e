import { z } from 'zod';

/** Shortest password we accept (NIST SP 800-63B asks for at least 8; we ask for 12). */
export const PASSWORD_MIN = 12;
/** Longest password we accept; long passphrases are welcome, unbounded input is not. */
export const PASSWORD_MAX = 128;

/**
 * A new password: length only, no composition rules. Whether it is on the common-password list
 * is checked by the service (the list is shipped with the main process).
 */
export const NewPasswordSchema = z
  .string()
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters. A few unrelated words make a good password.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);

/** A password as typed at sign-in: never echoed, bounded to stop huge inputs reaching scrypt. */
export const PasswordInputSchema = z.string().min(1, 'Enter your password.').max(1024, 'That password is too long.');
