import type { AppErrorShape } from '../../../shared/errors';
import { errorMessage } from '../app/error-messages';

/** The subset of a Mantine form this needs. */
interface SettableForm {
  setErrors(errors: Record<string, string>): void;
  getValues(): object;
}

/**
 * Puts a server error where the person will see it: field messages beside the inputs they belong
 * to; anything else (or an error with no field this form has) is returned for a FormError.
 */
export function applyServerError(form: SettableForm, error: AppErrorShape): string | null {
  const known = new Set(Object.keys(form.getValues()));
  const fields = Object.entries(error.fields ?? {}).filter(([k]) => known.has(k));
  if (fields.length > 0) {
    form.setErrors(Object.fromEntries(fields));
    return null;
  }
  return errorMessage(error);
}

/**
 * Moves focus to the first field marked invalid, once the errors have rendered, so a keyboard or
 * screen-reader user lands on the problem instead of hunting for it. Pass as the second argument
 * of Mantine's form.onSubmit (called when validation fails).
 */
export function focusFirstInvalid(): void {
  window.setTimeout(() => document.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus(), 0);
}
