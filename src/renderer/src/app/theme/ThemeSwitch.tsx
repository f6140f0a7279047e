import { SegmentedControl } from '@mantine/core';
import { THEME_CHOICES, type ThemePreference } from './color-scheme';
import { useThemePreference } from './ThemePreference';

/**
 * Light / Dark / Auto. "Auto" is dark from 19:00 to 07:00 and otherwise follows the computer's
 * setting. A radio group, so it is one Tab stop and arrow keys choose.
 */
export function ThemeSwitch({ size = 'sm' }: { size?: 'sm' | 'md' }) {
  const { preference, setPreference } = useThemePreference();
  return (
    <SegmentedControl
      aria-label="Theme"
      size={size}
      value={preference}
      onChange={(v) => setPreference(v as ThemePreference)}
      data={THEME_CHOICES.map((c) => ({ value: c.value, label: c.label }))}
    />
  );
}
