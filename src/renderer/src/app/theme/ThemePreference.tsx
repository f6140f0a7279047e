import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { loadThemePreference, resolveScheme, saveThemePreference, type ResolvedScheme, type ThemePreference } from './color-scheme';

interface ThemePreferenceValue {
  preference: ThemePreference;
  resolved: ResolvedScheme;
  setPreference(pref: ThemePreference): void;
}

const ThemePreferenceContext = createContext<ThemePreferenceValue | null>(null);

function systemPrefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
}

// "Auto" changes at 07:00 and 19:00 without anyone touching anything, so it is re-read each minute.
const RECHECK_MS = 60_000;

const realNow = () => new Date();

/** Holds the theme choice and works out the scheme to show, re-checking the clock for "auto". */
export function ThemePreferenceProvider({ children, now = realNow }: { children: ReactNode; now?: () => Date }) {
  const [preference, setPref] = useState<ThemePreference>(loadThemePreference);
  const [resolved, setResolved] = useState<ResolvedScheme>(() => resolveScheme(preference, now(), systemPrefersDark()));

  useEffect(() => {
    const update = () => setResolved(resolveScheme(preference, now(), systemPrefersDark()));
    update();
    if (preference !== 'auto') return;
    const timer = window.setInterval(update, RECHECK_MS);
    const media = typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null;
    media?.addEventListener?.('change', update);
    return () => {
      window.clearInterval(timer);
      media?.removeEventListener?.('change', update);
    };
  }, [preference, now]);

  const setPreference = useCallback((pref: ThemePreference) => {
    saveThemePreference(pref);
    setPref(pref);
  }, []);

  const value = useMemo(() => ({ preference, resolved, setPreference }), [preference, resolved, setPreference]);
  return <ThemePreferenceContext.Provider value={value}>{children}</ThemePreferenceContext.Provider>;
}

/** The theme choice and the scheme in use. */
export function useThemePreference(): ThemePreferenceValue {
  const v = useContext(ThemePreferenceContext);
  if (!v) throw new Error('useThemePreference needs ThemePreferenceProvider');
  return v;
}
