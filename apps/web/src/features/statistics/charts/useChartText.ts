import { useMemo } from 'react';
import { useMantineTheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import type { ChartText } from './chartOptions';

/** The theme's font for the charts (Noto Sans Khmer first in Khmer) and numbers in the current language. */
export function useChartText(): ChartText {
  const theme = useMantineTheme();
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(
    () => ({
      fontFamily: chartFontFamily(language, theme.fontFamily ?? 'sans-serif'),
      format: (value: number) => formatNumber(language, value),
    }),
    [language, theme.fontFamily],
  );
}

export function chartFontFamily(language: string, themeFamily: string): string {
  return language === 'km' ? `"Noto Sans Khmer", ${themeFamily}` : themeFamily;
}
