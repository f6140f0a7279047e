// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { NewPasswordSchema } from '../../src/shared/schemas/password';
import { isTypingTarget, matchShortcut, type KeyPress } from '../../src/renderer/src/app/shortcuts';
import { resolveScheme } from '../../src/renderer/src/app/theme/color-scheme';
import { generatePassphrase, PASSPHRASE_WORD_COUNT } from '../../src/renderer/src/features/users/passphrase';
import { PASSPHRASE_WORDS } from '../../src/renderer/src/features/users/word-list';
import { recoveryKeyGroups } from '../../src/renderer/src/features/setup/recovery-key-groups';

const key = (k: Partial<KeyPress>): KeyPress => ({ key: '', code: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...k });

describe('keyboard shortcuts', () => {
  it('Ctrl+L locks whether or not the person is typing', () => {
    expect(matchShortcut(key({ key: 'l', code: 'KeyL', ctrlKey: true }), true)).toEqual({ kind: 'lock' });
    expect(matchShortcut(key({ key: 'L', code: 'KeyL', ctrlKey: true }), false)).toEqual({ kind: 'lock' });
  });
  it('F1 always opens help; "?" only when not typing', () => {
    expect(matchShortcut(key({ key: 'F1', code: 'F1' }), true)).toEqual({ kind: 'help' });
    expect(matchShortcut(key({ key: '?', code: 'Slash', shiftKey: true }), false)).toEqual({ kind: 'help' });
    expect(matchShortcut(key({ key: '?', code: 'Slash', shiftKey: true }), true)).toBeNull();
  });
  it('Alt+digit (0–9) picks a section by physical key, but AltGr (Ctrl+Alt) is left to type characters', () => {
    expect(matchShortcut(key({ key: '¡', code: 'Digit1', altKey: true }), false)).toEqual({ kind: 'section', digit: 1 });
    expect(matchShortcut(key({ key: '6', code: 'Digit6', altKey: true }), true)).toEqual({ kind: 'section', digit: 6 });
    expect(matchShortcut(key({ key: '0', code: 'Digit0', altKey: true }), false)).toEqual({ kind: 'section', digit: 0 });
    expect(matchShortcut(key({ key: '@', code: 'Digit2', altKey: true, ctrlKey: true }), true)).toBeNull();
    expect(matchShortcut(key({ key: 'l', code: 'KeyL' }), false)).toBeNull();
  });
  it('counts text fields as typing, but not checkboxes or buttons', () => {
    const input = document.createElement('input');
    expect(isTypingTarget(input)).toBe(true);
    input.type = 'checkbox';
    expect(isTypingTarget(input)).toBe(false);
    expect(isTypingTarget(document.createElement('textarea'))).toBe(true);
    expect(isTypingTarget(document.createElement('button'))).toBe(false);
  });
});

describe('theme', () => {
  const at = (h: number, m = 0) => new Date(2026, 10, 20, h, m);
  it('auto is dark from 19:00 until 07:00 local time', () => {
    expect(resolveScheme('auto', at(18, 59), false)).toBe('light');
    expect(resolveScheme('auto', at(19, 0), false)).toBe('dark');
    expect(resolveScheme('auto', at(3, 0), false)).toBe('dark');
    expect(resolveScheme('auto', at(6, 59), false)).toBe('dark');
    expect(resolveScheme('auto', at(7, 0), false)).toBe('light');
  });
  it('auto follows the computer by day; a fixed choice is kept day and night', () => {
    expect(resolveScheme('auto', at(12), true)).toBe('dark');
    expect(resolveScheme('light', at(23), true)).toBe('light');
    expect(resolveScheme('dark', at(12), false)).toBe('dark');
  });
});

describe('generated temporary passwords', () => {
  it('are words from the list that pass the password rule', () => {
    for (let i = 0; i < 50; i++) {
      const pw = generatePassphrase();
      const words = pw.split('-');
      expect(words).toHaveLength(PASSPHRASE_WORD_COUNT);
      for (const w of words) expect(PASSPHRASE_WORDS).toContain(w);
      expect(NewPasswordSchema.safeParse(pw).success).toBe(true);
    }
  });
  it('use the random source given, rejecting values that would bias the choice', () => {
    const values = [0xffff_ffff, 5, 1, 2, 3, 4];
    const random = (b: Uint32Array<ArrayBuffer>) => {
      b[0] = values.shift()!;
      return b;
    };
    // With 3 words, 0xffffffff is at or above the largest multiple of 3 below 2^32 and is skipped.
    expect(generatePassphrase(['a', 'b', 'c'], 3, random)).toBe('c-b-c');
  });
  it('come from a list of 256 distinct words', () => {
    expect(new Set(PASSPHRASE_WORDS).size).toBe(256);
  });
});

describe('recovery key layout', () => {
  it('groups the key in fours, ignoring dashes and case', () => {
    expect(recoveryKeyGroups('abcd-EFGH-jkmn-PQRS')).toEqual(['ABCD', 'EFGH', 'JKMN', 'PQRS']);
  });
});
