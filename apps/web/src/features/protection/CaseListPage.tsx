import { Alert, Anchor, Button, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useSession } from '../../auth/AuthProvider';
import { isNational } from '../../auth/session';
import { QueryState } from '../../ui/QueryState';
import { useUrlFilters } from '../../ui/useUrlFilters';
import { Pager } from '../../ui/Pager';
import { useCaseList, type CaseListFilters } from './api';
import { ORGANISATIONS, organisationsFor, PROVINCE_CODES, RECEPTION_CHANNELS, STAGES } from './codes';
import { StageBadge } from './StageBadge';
import { useProtectionText } from './useProtectionText';

export const PAGE_SIZE = 20;
type FilterName = 'province' | 'status' | 'channel' | 'year' | 'organisation';

function oneOf(list: readonly string[], value: string | null): string | undefined {
  return value && list.includes(value) ? value : undefined;
}

export function filtersOf(params: URLSearchParams): CaseListFilters {
  const year = Number(params.get('year'));
  const province = oneOf(PROVINCE_CODES, params.get('province'));
  const status = oneOf(STAGES, params.get('status'));
  const channel = oneOf(RECEPTION_CHANNELS, params.get('channel'));
  const organisation = oneOf(
    ORGANISATIONS.map((o) => o.code),
    params.get('organisation'),
  );
  return {
    ...(province ? { province } : {}),
    ...(status ? { status } : {}),
    ...(channel ? { channel } : {}),
    ...(Number.isInteger(year) && year >= 2000 && year <= 2100 ? { year } : {}),
    ...(organisation ? { organisation } : {}),
    page: Math.max(1, Number(params.get('page')) || 1),
    pageSize: PAGE_SIZE,
  };
}

/**
 * The protection cases in the reader's scope, filtered and paged by the server: a social worker's
 * provinces; a partner worker's cases referred to their organisation. No personal data here.
 */
export function CaseListPage() {
  const text = useProtectionText();
  const { t } = text;
  const { user } = useSession();
  const { params, setFilter, setPage } = useUrlFilters<FilterName>();
  const filters = filtersOf(params);
  const query = useCaseList(filters);
  const partner = user.role === 'partner_worker';
  const provinces = isNational(user) ? PROVINCE_CODES : PROVINCE_CODES.filter((p) => user.provinces.includes(p));
  const thisYear = new Date(Date.now() + 7 * 3600_000).getUTCFullYear();
  const years = Array.from({ length: thisYear - 1999 }, (_, i) => String(thisYear - i));

  return (
    <Stack>
      <Group justify="space-between" align="center">
        <Title order={1}>{t('list.title')}</Title>
        {user.role === 'social_worker' && (
          <Button component={Link} to="/protection/cases/new">
            {t('list.register')}
          </Button>
        )}
      </Group>
      <Text>{t('list.intro')}</Text>
      {partner && (
        <Alert color="blue" variant="light" role="note">
          {t('list.partnerNote', { organisation: text.organisation(user.unit) })}
        </Alert>
      )}
      <section aria-labelledby="protection-filters">
        <Title order={2} size="h4" id="protection-filters" mb="xs">
          {t('list.filters')}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: partner ? 4 : 5 }} spacing="sm">
          {provinces.length > 1 && (
            <Select label={t('common:fields.province')} placeholder={t('common:fields.any')} data={provinces.map((p) => ({ value: p, label: text.province(p) }))} value={filters.province ?? null} onChange={(v) => setFilter('province', v)} clearable searchable />
          )}
          <Select label={t('list.stage')} placeholder={t('common:fields.any')} data={text.options('stage', STAGES)} value={filters.status ?? null} onChange={(v) => setFilter('status', v)} clearable />
          <Select label={t('list.channel')} placeholder={t('common:fields.any')} data={text.options('channel', RECEPTION_CHANNELS)} value={filters.channel ?? null} onChange={(v) => setFilter('channel', v)} clearable />
          <Select
            label={t('list.year')}
            placeholder={t('common:fields.any')}
            data={years.map((y) => ({ value: y, label: text.year(Number(y)) }))}
            value={filters.year ? String(filters.year) : null}
            onChange={(v) => setFilter('year', v)}
            clearable
            searchable
          />
          {!partner && (
            <Select label={t('list.organisation')} placeholder={t('common:fields.any')} data={text.organisationOptions(organisationsFor(isNational(user) ? '*' : user.provinces))} value={filters.organisation ?? null} onChange={(v) => setFilter('organisation', v)} clearable searchable />
          )}
        </SimpleGrid>
      </section>
      <QueryState query={query}>
        {(page) => {
          const from = page.total === 0 ? 0 : (page.page - 1) * page.pageSize + 1;
          const to = Math.min(page.total, page.page * page.pageSize);
          const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
          return (
            <Stack>
              <Text size="sm" aria-live="polite">
                {t('common:paging.summary', { from: text.number(from), to: text.number(to), total: text.number(page.total) })}
              </Text>
              {page.items.length === 0 ? (
                <Text c="dimmed">{t('list.none')}</Text>
              ) : (
                <Table.ScrollContainer minWidth={900} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}>
                  <Table striped highlightOnHover>
                    <Table.Caption>{t('list.caption')}</Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('list.columns.case')}</Table.Th>
                        <Table.Th scope="col">{t('common:fields.province')}</Table.Th>
                        <Table.Th scope="col">{t('list.stage')}</Table.Th>
                        <Table.Th scope="col">{t('list.channel')}</Table.Th>
                        <Table.Th scope="col">{t('list.columns.receivedOn')}</Table.Th>
                        <Table.Th scope="col">{t('list.columns.receivedBy')}</Table.Th>
                        <Table.Th scope="col">{t('list.columns.person')}</Table.Th>
                        <Table.Th scope="col">{t('list.columns.referredTo')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {page.items.map((c) => (
                        <Table.Tr key={c.personId}>
                          <Table.Th scope="row">
                            <Anchor component={Link} to={`/protection/cases/${c.personId}`}>
                              {text.caseLabel(c.personId)}
                            </Anchor>
                          </Table.Th>
                          <Table.Td>{text.province(c.province)}</Table.Td>
                          <Table.Td>
                            <StageBadge stage={c.status} />
                            {c.inShelter && (
                              <Text size="xs" mt={2}>
                                {t('list.inShelter', { shelter: text.organisation(c.inShelter) })}
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td>{text.code('channel', c.channel)}</Table.Td>
                          <Table.Td>{text.date(c.receivedOn)}</Table.Td>
                          <Table.Td>{text.organisation(c.receivedBy)}</Table.Td>
                          <Table.Td>{[c.sex ? text.sex(c.sex) : null, c.ageBand ? text.code('ageBand', c.ageBand) : null, c.exploitationType ? text.code('exploitation', c.exploitationType) : null].filter(Boolean).join(', ') || '—'}</Table.Td>
                          <Table.Td>{c.referredTo.length > 0 ? c.referredTo.map(text.organisation).join('; ') : '—'}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
              <Pager total={pages} value={page.page} onChange={setPage} label={t('common:paging.label')} />
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
