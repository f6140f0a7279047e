import { PASSWORD_MAX, PASSWORD_MIN } from '../../../shared/schemas/password';

/** The password rule in words, shown under every new-password field (the same rule the server checks). */
export const PASSWORD_RULE = `${PASSWORD_MIN}–${PASSWORD_MAX} characters, not a common password. No rules about capitals, numbers or symbols: a few unrelated words make a strong password.`;
