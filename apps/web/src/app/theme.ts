import { createTheme } from '@mantine/core';

/**
 * Noto Sans for Latin and Noto Sans Khmer for Khmer, both shipped with the app (fontsource), so
 * Khmer never depends on the machine's fonts. Colours keep WCAG AA contrast on white.
 */
export const theme = createTheme({
  fontFamily: '"Noto Sans", "Noto Sans Khmer", sans-serif',
  headings: { fontFamily: '"Noto Sans", "Noto Sans Khmer", sans-serif' },
  primaryColor: 'indigo',
  primaryShade: 8,
  defaultRadius: 'sm',
});
