import { createTheme, type CSSVariablesResolver } from '@mantine/core';

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
  components: {
    // A dialog's header is a <header>, which outside sectioning content is a second "banner"
    // landmark beside the page's own (axe: landmark-no-duplicate-banner): a plain div instead.
    ModalHeader: { defaultProps: { component: 'div' } },
  },
});

/**
 * Mantine's "dimmed" grey (gray.6) and error red (red.6) are below 4.5:1 on white; ours are gray.7
 * and red.9 (AA for the small text of descriptions and field errors).
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-error': 'var(--mantine-color-red-9)' },
  dark: {},
});
