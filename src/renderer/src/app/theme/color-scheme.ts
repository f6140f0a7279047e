/** What the person chose: a fixed scheme, or "auto" (dark at night, otherwise the system's). */
export type ThemePreference = 'light' | 'dark' | 'auto';

/** The scheme actually shown. */
export type ResolvedScheme = 'light' | 'dark';

/** Plain-English names for the theme choices, in the order offered. */
export const THEME_CHOICES: readonly { value: ThemePreference; label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'auto', label: 'Auto' },
];

/** Night, for "auto": from 19:00 until 07:00 local time, when a bright screen is unkind. */
export const NIGHT_STARTS_HOUR = 19;
export const NIGHT_ENDS_HOUR = 7;

/** Whether a local time falls in the night window. */
export function isNight(now: Date): boolean {
  const h = now.getHours();
  return h >= NIGHT_STARTS_HOUR || h < NIGHT_ENDS_HOUR;
}

/** The scheme to show for a preference at a given time. */
export function resolveScheme(pref: ThemePreference, now: Date, systemPrefersDark: boolean): ResolvedScheme {
  if (pref !== 'auto') return pref;
  return isNight(now) || systemPrefersDark ? 'dark' : 'light';
}

// A display preference of the machine, not personal data, so localStorage is acceptable here (it
// survives the reload that follows every lock).
const STORAGE_KEY = 'waymark.theme';

/** The stored preference, or "auto". */
export function loadThemePreference(): ThemePreference {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    return v === 'light' || v === 'dark' || v === 'auto' ? v : 'auto';
  } catch {
    return 'auto';
  }
}

/** Stores the preference; failing to store only means it is forgotten at the next reload. */
export function saveThemePreference(pref: ThemePreference): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, pref);
  } catch {
    // Storage unavailable: keep the choice for this page only.
  }
}
