import { Anchor, Group, Select, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../../auth/AuthProvider';
import { isNational } from '../../auth/session';
import { Pager } from '../../ui/Pager';
import { QueryState } from '../../ui/QueryState';
import { useOverdueVisits, type OverdueFilters } from './api';
import { PROVINCE_CODES, todayInCambodia } from './codes';
import { useProtectionText } from './useProtectionText';

const PAGE_SIZE = 25;

/**
 * Follow-up visits due and not made (by today in Cambodia), per worker and province: the visits
 * of the schedule copied on each integration. "Mine only" narrows to the visits the signed-in
 * worker is responsible for.
 */
export function OverdueFollowUpsPage() {
  const text = useProtectionText();
  const { t } = text;
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const provinces = isNational(user) ? PROVINCE_CODES : PROVINCE_CODES.filter((p) => user.provinces.includes(p));
  const province = params.get('province');
  const worker = params.get('worker');
  const filters: OverdueFilters = {
    ...(province && provinces.includes(province) ? { province } : {}),
    ...(worker ? { worker } : {}),
    page: Math.max(1, Number(params.get('page')) || 1),
    pageSize: PAGE_SIZE,
  };
  const query = useOverdueVisits(filters);
  const today = todayInCambodia();
  const set = (name: 'province' | 'worker' | 'page', value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    if (name !== 'page') next.delete('page');
    setParams(next);
  };
  return (
    <Stack>
      <Title order={1}>{t('overdue.title')}</Title>
      <Text>{t('overdue.intro', { date: text.date(today) })}</Text>
      <Group align="flex-end" gap="md" role="group" aria-label={t('list.filters')}>
        {provinces.length > 1 && (
          <Select label={t('common:fields.province')} placeholder={t('common:fields.any')} data={provinces.map((p) => ({ value: p, label: text.province(p) }))} value={filters.province ?? null} onChange={(v) => set('province', v)} clearable searchable w={{ base: '100%', sm: 240 }} />
        )}
        <Switch label={t('overdue.mineOnly')} checked={worker === user.id} onChange={(e) => set('worker', e.currentTarget.checked ? user.id : null)} />
      </Group>
      <QueryState query={query}>
        {(page) => {
          const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
          if (page.items.length === 0) return <Text c="dimmed">{t('overdue.none')}</Text>;
          const on = page.on;
          return (
            <Stack>
              <Text size="sm" aria-live="polite">
                {t('overdue.count', { total: text.number(page.total) })}
              </Text>
              {page.workers.length > 0 && (
                <Table.ScrollContainer minWidth={500} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}>
                  <Table striped withTableBorder>
                    <Table.Caption>{t('overdue.perWorkerCaption')}</Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('fields.followUpWorker')}</Table.Th>
                        <Table.Th scope="col">{t('overdue.livesIn')}</Table.Th>
                        <Table.Th scope="col" style={{ textAlign: 'right' }}>
                          {t('overdue.overdueVisits')}
                        </Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {page.workers.map((w) => (
                        <Table.Tr key={`${w.worker}-${w.province}`}>
                          <Table.Th scope="row" fw={500}>
                            {w.worker === user.id ? t('overdue.you', { id: w.worker }) : w.worker}
                          </Table.Th>
                          <Table.Td>{text.province(w.province)}</Table.Td>
                          <Table.Td style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{text.number(w.overdue)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
              <Table.ScrollContainer minWidth={900} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}>
                <Table striped>
                  <Table.Caption>{t('overdue.caption', { date: text.date(on) })}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('list.columns.case')}</Table.Th>
                      <Table.Th scope="col">{t('overdue.livesIn')}</Table.Th>
                      <Table.Th scope="col">{t('fields.followUpWorker')}</Table.Th>
                      <Table.Th scope="col">{t('fields.integratedOn')}</Table.Th>
                      <Table.Th scope="col">{t('followUps.visit')}</Table.Th>
                      <Table.Th scope="col">{t('followUps.dueOn')}</Table.Th>
                      <Table.Th scope="col">{t('overdue.daysOverdue')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {page.items.map((v) => (
                      <Table.Tr key={`${v.personId}-${v.visitNumber}`}>
                        <Table.Th scope="row">
                          <Anchor component={Link} to={`/protection/cases/${v.personId}`}>
                            {text.caseLabel(v.personId)}
                          </Anchor>
                        </Table.Th>
                        <Table.Td>{text.province(v.province)}</Table.Td>
                        <Table.Td>{v.followUpWorker === user.id ? t('overdue.you', { id: v.followUpWorker }) : v.followUpWorker}</Table.Td>
                        <Table.Td>
                          {text.date(v.integratedOn)}
                          {v.integratedBy && (
                            <Text size="xs" c="dimmed">
                              {text.organisation(v.integratedBy)}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>{t('followUps.visitAfter', { n: text.number(v.visitNumber), months: text.number(v.monthsAfterIntegration) })}</Table.Td>
                        <Table.Td>{text.date(v.dueOn)}</Table.Td>
                        <Table.Td fw={700} c="red.9">
                          {t('overdue.days', { days: text.number(v.daysOverdue) })}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Pager total={pages} value={page.page} onChange={(p) => set('page', String(p))} label={t('common:paging.label')} />
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
