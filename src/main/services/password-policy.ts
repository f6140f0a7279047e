import { AppError } from '../../shared/errors';
import { NewPasswordSchema } from '../../shared/schemas/password';

/**
 * Checks a new password: length (the shared rule) and the shipped common-password list.
 * No composition rules, following NIST SP 800-63B.
 */
export function assertAcceptablePassword(password: string, common: ReadonlySet<string>, field = 'newPassword'): void {
  const parsed = NewPasswordSchema.safeParse(password);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'That password cannot be used.';
    throw new AppError('WEAK_PASSWORD', message, { [field]: message });
  }
  if (isCommonPassword(password, common)) {
    const message = 'That password is on a list of commonly used passwords. Choose another.';
    throw new AppError('WEAK_PASSWORD', message, { [field]: message });
  }
}

/**
 * Whether a password is a common one: on the list, on the list with digits or symbols added at
 * the end ("password2024!"), or one character repeated.
 */
export function isCommonPassword(password: string, common: ReadonlySet<string>): boolean {
  const lower = password.toLowerCase();
  if (common.has(lower)) return true;
  const base = lower.replace(/[\d\s!?.,@#$%^&*_+=-]+$/u, '');
  if (base.length >= 4 && common.has(base)) return true;
  return new Set(lower).size === 1;
}
