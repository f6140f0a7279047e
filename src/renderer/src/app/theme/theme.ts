import { createTheme } from '@mantine/core';

/**
 * The Mantine theme. Colours are chosen for contrast (WCAG AA on both schemes): the default blue
 * at shade 6 is too light behind white text, so filled controls use shade 8 in light mode and 7 in
 * dark. Sizes default to "md"; waymark.css lifts controls to at least 44 px, because the app is
 * used at night by tired people, sometimes on a touch screen.
 */
export const waymarkTheme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontFamilyMonospace: 'ui-monospace, "Cascadia Mono", "Consolas", "Liberation Mono", monospace',
  defaultRadius: 'md',
  focusRing: 'auto',
  cursorType: 'pointer',
  fontSizes: { xs: '0.8125rem', sm: '0.9375rem', md: '1rem', lg: '1.125rem', xl: '1.25rem' },
  components: {
    Button: { defaultProps: { size: 'md' } },
    TextInput: { defaultProps: { size: 'md' } },
    PasswordInput: { defaultProps: { size: 'md' } },
    Textarea: { defaultProps: { size: 'md' } },
    Select: { defaultProps: { size: 'md' } },
    NumberInput: { defaultProps: { size: 'md' } },
    Checkbox: { defaultProps: { size: 'md' } },
    Switch: { defaultProps: { size: 'md' } },
    SegmentedControl: { defaultProps: { size: 'md' } },
    // Every dialog's close button needs a name (axe: button-name), whoever writes the dialog.
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
  },
});
