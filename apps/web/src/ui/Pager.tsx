import { Box, Pagination } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format';

/** Server or client paging with named controls (each page button says which page it is). */
export function Pager({ total, value, onChange, label }: { total: number; value: number; onChange: (page: number) => void; label: string }) {
  const { t, i18n } = useTranslation('audit');
  if (total <= 1) return null;
  return (
    <Box component="nav" aria-label={label}>
      <Pagination
        total={total}
        value={value}
        onChange={onChange}
        withEdges
        getItemProps={(page) => ({ 'aria-label': t('paging.page', { number: formatNumber(i18n.language, page) }) })}
        getControlProps={(control) => ({ 'aria-label': t(`paging.${control}`) })}
      />
    </Box>
  );
}
