/*
 * The keyboard shortcuts: one table used both to act on key presses and to list them in the help
 * panel, so the two cannot drift apart.
 */

/** What a key press asks for. */
export type ShortcutAction = { kind: 'lock' } | { kind: 'help' } | { kind: 'section'; digit: number };

/** The parts of a KeyboardEvent the matcher reads (so it can be tested without a DOM). */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** A shortcut as the help panel lists it. */
export interface ShortcutHelp {
  keys: string[];
  does: string;
}

/** Shortcuts that do not depend on the sections the person can see. */
export const FIXED_SHORTCUTS: readonly ShortcutHelp[] = [
  { keys: ['Ctrl', 'L'], does: 'Lock Waymark now (anyone can then sign in)' },
  { keys: ['F1'], does: 'Open this help panel' },
  { keys: ['?'], does: 'Open this help panel (when not typing in a field)' },
  { keys: ['Esc'], does: 'Close a dialog or this panel' },
  { keys: ['Tab'], does: 'Move to the next control (Shift+Tab: back)' },
  { keys: ['Enter'], does: 'Press the focused button or send the form' },
];

/** Whether the key press happened while typing into a field, where "?" is just a character. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).tagName !== 'string') return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag !== 'input') return false;
  const type = ((el as HTMLInputElement).type || 'text').toLowerCase();
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(type);
}

/** The action for a key press, or null. */
export function matchShortcut(e: KeyPress, typing: boolean): ShortcutAction | null {
  // Ctrl+L works everywhere, even mid-sentence: locking must never be more than one key away.
  // (Cmd+L too, for anyone testing on a Mac.)
  if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'l') return { kind: 'lock' };
  if (e.key === 'F1' && !e.ctrlKey && !e.altKey && !e.metaKey) return { kind: 'help' };
  if (e.key === '?' && !typing && !e.ctrlKey && !e.altKey && !e.metaKey) return { kind: 'help' };
  // Alt+digit by physical key (e.code), since Alt changes the character on some layouts. Ctrl
  // must be up: AltGr arrives as Ctrl+Alt and types characters on many European keyboards.
  if (e.altKey && !e.ctrlKey && !e.metaKey) {
    const m = /^(?:Digit|Numpad)([0-9])$/.exec(e.code);
    if (m) return { kind: 'section', digit: Number(m[1]) };
  }
  return null;
}
