import { Anchor, Button, Group, Pagination, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../../auth/AuthProvider';
import { isNational } from '../../auth/session';
import { formatDate, formatNumber } from '../../i18n/format';
import { QueryState } from '../../ui/QueryState';
import { useUrlFilters } from '../../ui/useUrlFilters';
import { ReferenceSearchInput, referenceOf } from '../../ui/ReferenceSearchInput';
import { useCaseList, type CaseListFilters } from './api';
import { PROVINCE_CODES, UNIT_CODES, unitOfCode, useLabels } from './codes';

const PAGE_SIZE = 20;
type FilterName = 'province' | 'unit' | 'status' | 'offence' | 'year';

function filtersOf(params: URLSearchParams): CaseListFilters {
  const year = Number(params.get('year'));
  const page = Math.max(1, Number(params.get('page')) || 1);
  const reference = referenceOf(params);
  return {
    ...(params.get('province') ? { province: params.get('province')! } : {}),
    ...(params.get('unit') ? { unit: params.get('unit')! } : {}),
    ...(params.get('status') ? { status: params.get('status')! } : {}),
    ...(params.get('offence') ? { offence: params.get('offence')! } : {}),
    ...(Number.isInteger(year) && year >= 1990 ? { year } : {}),
    ...(reference ? { reference } : {}),
    page,
    pageSize: PAGE_SIZE,
  };
}

/** The police cases in the user's scope, filtered and paged by the server; a row opens the case. */
export function CaseListPage() {
  const { t } = useTranslation('police');
  const labels = useLabels();
  const { user } = useSession();
  const navigate = useNavigate();
  const { params, setFilter, setPage } = useUrlFilters<FilterName>();
  const filters = filtersOf(params);
  const query = useCaseList(filters);

  // Only the provinces (and their units) the user may see are offered.
  const provinces = isNational(user) ? PROVINCE_CODES : PROVINCE_CODES.filter((p) => user.provinces.includes(p));
  const units = UNIT_CODES.filter((u) => {
    const unit = unitOfCode(u);
    return unit && (unit.province === null || provinces.includes(unit.province)) && (!filters.province || unit.province === null || unit.province === filters.province);
  });
  const thisYear = Number(new Date().getFullYear());
  const years = Array.from({ length: thisYear - 1999 }, (_, i) => String(thisYear - i));

  return (
    <Stack>
      <Group justify="space-between" align="center">
        <Title order={1}>{t('list.title')}</Title>
        {user.role === 'police' && (
          <Button component={Link} to="/police/cases/new">
            {t('list.openCase')}
          </Button>
        )}
      </Group>
      <section aria-labelledby="case-filters">
        <Title order={2} size="h4" id="case-filters" mb="xs">
          {t('list.filters')}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 5 }} spacing="sm">
          <Select label={t('common:fields.province')} placeholder={t('common:fields.any')} data={labels.options.provinces(provinces)} value={filters.province ?? null} onChange={(v) => setFilter('province', v)} clearable searchable />
          <Select label={t('common:fields.unit')} placeholder={t('common:fields.any')} data={labels.options.units(units)} value={filters.unit ?? null} onChange={(v) => setFilter('unit', v)} clearable searchable />
          <Select label={t('common:fields.status')} placeholder={t('common:fields.any')} data={labels.options.statuses()} value={filters.status ?? null} onChange={(v) => setFilter('status', v)} clearable />
          <Select label={t('list.principalOffence')} placeholder={t('common:fields.any')} data={labels.options.offences()} value={filters.offence ?? null} onChange={(v) => setFilter('offence', v)} clearable searchable />
          <Select
            label={t('list.yearOpened')}
            placeholder={t('common:fields.any')}
            data={years.map((y) => ({ value: y, label: formatNumber(labels.language, Number(y), { useGrouping: false }) }))}
            value={filters.year ? String(filters.year) : null}
            onChange={(v) => setFilter('year', v)}
            clearable
            searchable
          />
        </SimpleGrid>
      </section>
      <QueryState query={query}>
        {(page) => {
          const from = page.total === 0 ? 0 : (page.page - 1) * page.pageSize + 1;
          const to = Math.min(page.total, page.page * page.pageSize);
          const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
          return (
            <Stack>
              <Group justify="space-between" align="flex-end">
                <ReferenceSearchInput label={t('list.findReference')} description={t('list.findReferenceNote')} invalid={t('list.findReferenceInvalid')} maw={360} />
                <Text size="sm" aria-live="polite">
                  {t('common:paging.summary', { from: formatNumber(labels.language, from), to: formatNumber(labels.language, to), total: formatNumber(labels.language, page.total) })}
                </Text>
              </Group>
              {page.items.length === 0 ? (
                <Text c="dimmed">{t('list.none')}</Text>
              ) : (
                <Table.ScrollContainer minWidth={900}>
                  <Table striped highlightOnHover aria-label={t('list.tableLabel')}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('common:fields.reference')}</Table.Th>
                        <Table.Th scope="col">{t('common:fields.unit')}</Table.Th>
                        <Table.Th scope="col">{t('common:fields.province')}</Table.Th>
                        <Table.Th scope="col">{t('common:fields.status')}</Table.Th>
                        <Table.Th scope="col">{t('list.principalOffence')}</Table.Th>
                        <Table.Th scope="col">{t('fields.openedOn')}</Table.Th>
                        <Table.Th scope="col">{t('list.suspects')}</Table.Th>
                        <Table.Th scope="col">{t('list.victims')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {page.items.map((c) => (
                        <Table.Tr key={c.caseId} style={{ cursor: 'pointer' }} onClick={() => navigate(`/police/cases/${c.caseId}`)}>
                          <Table.Th scope="row">
                            <Anchor component={Link} to={`/police/cases/${c.caseId}`} onClick={(e) => e.stopPropagation()}>
                              {c.reference ?? t('list.noReference', { date: formatDate(labels.language, c.openedOn) })}
                            </Anchor>
                          </Table.Th>
                          <Table.Td>{labels.unit(c.unitCode)}</Table.Td>
                          <Table.Td>{labels.province(c.province)}</Table.Td>
                          <Table.Td>{labels.status(c.status)}</Table.Td>
                          <Table.Td>{labels.offence(c.principalOffence)}</Table.Td>
                          <Table.Td>{formatDate(labels.language, c.openedOn)}</Table.Td>
                          <Table.Td>{t('list.suspectsCount', { total: formatNumber(labels.language, c.suspects), arrested: formatNumber(labels.language, c.arrestedSuspectIds.length) })}</Table.Td>
                          <Table.Td>{t('list.victimsCount', { total: formatNumber(labels.language, c.victims), handedOver: formatNumber(labels.language, c.victimsHandedOver) })}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
              {pages > 1 && (
                <Pagination
                  total={pages}
                  value={page.page}
                  onChange={setPage}
                  aria-label={t('common:paging.label')}
                  getControlProps={(control) => ({ 'aria-label': control === 'next' ? t('common:actions.next') : control === 'previous' ? t('common:actions.previous') : control })}
                  getItemProps={(p) => ({ 'aria-label': t('list.pageN', { page: p }) })}
                />
              )}
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
