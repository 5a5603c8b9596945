import { useState } from 'react';
import { Anchor, Group, Pagination, Select, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../ui/QueryState';
import { useDeadlines } from './api';
import { COURTS, type CourtCode } from './codes';
import { useCourtText } from './useCourtText';
import { DaysLeft, UrgencyBadge } from './Urgency';
import type { DeadlineItem } from './types';

const WINDOWS = [7, 30, 60, 90, 180] as const;
const PAGE_SIZE = 25;

/** Most urgent first: past the limit (the longest past first), then fewest days left. */
function byUrgency(a: DeadlineItem, b: DeadlineItem): number {
  return a.daysLeft - b.daysLeft || a.limitDate.localeCompare(b.limitDate) || a.fileId.localeCompare(b.fileId);
}

export function DeadlinesPage() {
  const text = useCourtText();
  const { t } = text;
  const { t: tc } = useTranslation();
  const [withinDays, setWithinDays] = useState<number>(30);
  const [court, setCourt] = useState<CourtCode | null>(null);
  const [page, setPage] = useState(1);
  const query = useDeadlines(withinDays, court);
  return (
    <Stack>
      <Title order={1}>{t('deadlines.title')}</Title>
      <Group align="flex-end" wrap="wrap">
        <Select
          label={t('deadlines.within')}
          data={WINDOWS.map((d) => ({ value: String(d), label: t('deadlines.withinDays', { days: text.number(d) }) }))}
          value={String(withinDays)}
          onChange={(v) => {
            setWithinDays(Number(v ?? 30));
            setPage(1);
          }}
          allowDeselect={false}
          w={{ base: '100%', sm: 220 }}
        />
        <Select
          label={t('deadlines.court')}
          placeholder={t('deadlines.any')}
          data={COURTS.map((c) => ({ value: c, label: text.court(c) }))}
          value={court}
          onChange={(v) => {
            setCourt(v as CourtCode | null);
            setPage(1);
          }}
          clearable
          searchable
          w={{ base: '100%', sm: 320 }}
        />
      </Group>
      <QueryState query={query}>
        {(data) => {
          const items = [...data.items].sort(byUrgency);
          const shown = items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
          return (
            <Stack>
              <Text>{t('deadlines.intro', { date: text.date(data.on) })}</Text>
              {items.length === 0 ? (
                <Text c="dimmed">{t('deadlines.none')}</Text>
              ) : (
                <>
                  <Table.ScrollContainer minWidth={900}>
                    <Table striped highlightOnHover>
                      <Table.Caption>{t('deadlines.caption')}</Table.Caption>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th scope="col">{t('deadlines.columns.urgency')}</Table.Th>
                          <Table.Th scope="col">{t('deadlines.columns.daysLeft')}</Table.Th>
                          <Table.Th scope="col">{t('deadlines.columns.limitDate')}</Table.Th>
                          <Table.Th scope="col">{t('deadlines.columns.accused')}</Table.Th>
                          <Table.Th scope="col">{t('deadlines.columns.court')}</Table.Th>
                          <Table.Th scope="col">{t('deadlines.columns.orderedOn')}</Table.Th>
                          <Table.Th scope="col">{t('deadlines.columns.offenceClass')}</Table.Th>
                          <Table.Th scope="col">{t('deadlines.columns.extensions')}</Table.Th>
                          <Table.Th scope="col">{t('deadlines.columns.maximum')}</Table.Th>
                          <Table.Th scope="col">{t('deadlines.columns.basis')}</Table.Th>
                          <Table.Th scope="col">{t('deadlines.columns.file')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {shown.map((d) => (
                          <Table.Tr key={`${d.fileId}:${d.personId}`}>
                            <Table.Td>
                              <UrgencyBadge daysLeft={d.daysLeft} pastLimit={d.pastLimit} />
                            </Table.Td>
                            <Table.Td>
                              <DaysLeft daysLeft={d.daysLeft} pastLimit={d.pastLimit} />
                            </Table.Td>
                            <Table.Td>{text.date(d.limitDate)}</Table.Td>
                            <Table.Td>{t('deadlines.personShort', { id: d.personId.slice(0, 8) })}</Table.Td>
                            <Table.Td>{text.court(d.court)}</Table.Td>
                            <Table.Td>{text.date(d.orderedOn)}</Table.Td>
                            <Table.Td>{text.code('offenceClasses', d.offenceClass)}</Table.Td>
                            <Table.Td>{t('deadlines.extensionsOf', { granted: text.number(d.extensionsGranted), allowed: text.number(d.extensionsAllowed) })}</Table.Td>
                            <Table.Td>{text.date(d.maximumLimitDate)}</Table.Td>
                            <Table.Td>{d.verified ? t('limits.verified', { article: d.article }) : t('limits.unverified', { article: d.article })}</Table.Td>
                            <Table.Td>
                              <Anchor component={Link} to={`/court/files/${d.fileId}`} aria-label={`${t('deadlines.openFile')}: ${t('deadlines.personShort', { id: d.personId.slice(0, 8) })}`}>
                                {t('deadlines.openFile')}
                              </Anchor>
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                  {items.length > PAGE_SIZE && (
                    <Pagination total={Math.ceil(items.length / PAGE_SIZE)} value={page} onChange={setPage} aria-label={tc('paging.label')} getControlProps={(control) => ({ 'aria-label': tc(`actions.${control}`) })} />
                  )}
                  <Title order={2} size="h4">
                    {t('deadlines.perCourt')}
                  </Title>
                  <Table.ScrollContainer minWidth={400}>
                    <Table>
                      <Table.Caption>{t('deadlines.perCourtCaption')}</Table.Caption>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th scope="col">{t('deadlines.perCourtColumns.court')}</Table.Th>
                          <Table.Th scope="col">{t('deadlines.perCourtColumns.detentions')}</Table.Th>
                          <Table.Th scope="col">{t('deadlines.perCourtColumns.pastLimit')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {data.courts.map((c) => (
                          <Table.Tr key={c.court}>
                            <Table.Th scope="row">{text.court(c.court)}</Table.Th>
                            <Table.Td>{text.number(c.detentions)}</Table.Td>
                            <Table.Td>{text.number(c.pastLimit)}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                </>
              )}
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
