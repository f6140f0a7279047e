// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/shared/errors';
import { ERROR_MESSAGES, errorMessage } from '../../src/renderer/src/app/error-messages';

describe('error messages', () => {
  it('has a plain-English sentence for every error code', () => {
    for (const code of ERROR_CODES) {
      expect(ERROR_MESSAGES[code], code).toMatch(/^[A-Z].*\.$/);
      expect(ERROR_MESSAGES[code]).not.toMatch(/[A-Z]{2,}_[A-Z]/);
    }
  });

  it('prefers the message the server sent', () => {
    expect(errorMessage({ code: 'THROTTLED', message: 'Too many attempts. Wait 8 seconds before trying again.' })).toBe(
      'Too many attempts. Wait 8 seconds before trying again.',
    );
  });

  it('falls back to the code’s sentence when the server sent none', () => {
    expect(errorMessage({ code: 'LAST_ADMIN', message: '' })).toBe(ERROR_MESSAGES.LAST_ADMIN);
    expect(errorMessage({ code: 'INTERNAL', message: '   ' })).toBe(ERROR_MESSAGES.INTERNAL);
    expect(errorMessage(null)).toBe(ERROR_MESSAGES.INTERNAL);
  });
});
