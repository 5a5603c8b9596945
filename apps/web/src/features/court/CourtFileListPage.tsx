import { useState } from 'react';
import { Anchor, Button, Group, Modal, Pagination, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/AuthProvider';
import { isNational } from '../../auth/session';
import { formatNumber } from '../../i18n/format';
import { QueryState } from '../../ui/QueryState';
import { ReferenceSearchInput, referenceOf } from '../../ui/ReferenceSearchInput';
import { useCourtFiles, type FileListQuery } from './api';
import { COURTS, PROVINCES, STAGES, type CourtCode, type Province } from './codes';
import { OpenFileForm } from './OpenFileForm';
import { useCourtText } from './useCourtText';
import { urgencyOf } from './Urgency';
import { isUuid } from './util';
import type { FileSummary } from './types';

export const PAGE_SIZE = 25;

function oneOf<T extends string>(list: readonly T[], value: string | null): T | undefined {
  return value && (list as readonly string[]).includes(value) ? (value as T) : undefined;
}

function GoToFile() {
  const { t } = useCourtText();
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      aria-label={t('list.goTo.submit')}
      onSubmit={(e) => {
        e.preventDefault();
        if (!isUuid(value)) return setError(t('list.goTo.invalid'));
        void navigate(`/court/files/${value.trim().toLowerCase()}`);
      }}
    >
      <Group align="flex-end" wrap="wrap" gap="sm">
        <TextInput label={t('list.goTo.label')} description={t('list.goTo.description')} value={value} onChange={(e) => setValue(e.currentTarget.value)} error={error} w={{ base: '100%', sm: 420 }} autoComplete="off" />
        <Button type="submit" variant="default">
          {t('list.goTo.submit')}
        </Button>
      </Group>
    </form>
  );
}

function DetentionCell({ file }: { file: FileSummary }) {
  const text = useCourtText();
  const { t } = text;
  if (file.detentionsInForce.length === 0) return <>{t('list.noneDetained')}</>;
  const nearest = [...file.detentionsInForce].filter((d) => d.daysLeft !== null).sort((a, b) => (a.daysLeft ?? 0) - (b.daysLeft ?? 0))[0];
  return (
    <>
      {t('list.detained', { count: file.detentionsInForce.length })}
      {nearest && nearest.daysLeft !== null && (
        <Text size="xs" fw={urgencyOf(nearest.daysLeft, nearest.pastLimit) === 'later' ? 400 : 700} c={nearest.pastLimit ? 'red.8' : undefined}>
          {t(`urgency.${urgencyOf(nearest.daysLeft, nearest.pastLimit)}`)} ·{' '}
          {nearest.pastLimit ? t('urgency.daysPast', { days: text.number(Math.abs(nearest.daysLeft)) }) : t('urgency.daysLeft', { days: text.number(nearest.daysLeft) })}
        </Text>
      )}
    </>
  );
}

export function CourtFileListPage() {
  const text = useCourtText();
  const { t } = text;
  const { t: tc } = useTranslation();
  const { user } = useSession();
  const [search, setSearch] = useSearchParams();
  const [opening, setOpening] = useState(false);
  const page = Math.max(1, Number(search.get('page')) || 1);
  const year = Number(search.get('year'));
  const reference = referenceOf(search);
  const query: FileListQuery = {
    page,
    pageSize: PAGE_SIZE,
    ...(oneOf(STAGES, search.get('stage')) ? { stage: oneOf(STAGES, search.get('stage')) } : {}),
    ...(oneOf(PROVINCES, search.get('province')) ? { province: oneOf(PROVINCES, search.get('province')) as Province } : {}),
    ...(oneOf(COURTS, search.get('court')) ? { court: oneOf(COURTS, search.get('court')) as CourtCode } : {}),
    ...(Number.isInteger(year) && year >= 1990 && year <= 2100 ? { year } : {}),
    ...(reference ? { reference } : {}),
  };
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - 1999 }, (_, i) => String(thisYear - i));
  const files = useCourtFiles(query);
  const myProvinces = isNational(user) ? PROVINCES : PROVINCES.filter((p) => user.provinces.includes(p));
  const myCourts = myProvinces.map((p) => `court-${p}` as CourtCode);
  const setFilter = (key: string, value: string | null) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    next.delete('page');
    setSearch(next);
  };
  const setPage = (p: number) => {
    const next = new URLSearchParams(search);
    next.set('page', String(p));
    setSearch(next);
  };
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{t('list.title')}</Title>
        {user.role === 'prosecutor' && <Button onClick={() => setOpening(true)}>{t('open.button')}</Button>}
      </Group>
      <Text>{t('list.intro')}</Text>
      <Paper withBorder p="sm">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('list.filters')}
          </Title>
          <Group align="flex-end" wrap="wrap" gap="sm">
            <Select
              label={t('list.stage')}
              placeholder={t('list.any')}
              data={STAGES.map((s) => ({ value: s, label: text.code('stages', s) }))}
              value={query.stage ?? null}
              onChange={(v) => setFilter('stage', v)}
              clearable
              w={{ base: '100%', sm: 260 }}
            />
            <Select
              label={t('list.year')}
              placeholder={t('list.any')}
              data={years.map((y) => ({ value: y, label: formatNumber(text.language, Number(y), { useGrouping: false }) }))}
              value={query.year ? String(query.year) : null}
              onChange={(v) => setFilter('year', v)}
              clearable
              searchable
              w={{ base: '100%', sm: 160 }}
            />
            {myProvinces.length > 1 && (
              <Select
                label={t('list.province')}
                placeholder={t('list.any')}
                data={myProvinces.map((p) => ({ value: p, label: text.province(p) }))}
                value={query.province ?? null}
                onChange={(v) => setFilter('province', v)}
                clearable
                searchable
                w={{ base: '100%', sm: 220 }}
              />
            )}
            {myCourts.length > 1 && (
              <Select
                label={t('list.court')}
                placeholder={t('list.any')}
                data={myCourts.map((c) => ({ value: c, label: text.court(c) }))}
                value={query.court ?? null}
                onChange={(v) => setFilter('court', v)}
                clearable
                searchable
                w={{ base: '100%', sm: 320 }}
              />
            )}
          </Group>
          <ReferenceSearchInput label={t('list.reference')} description={t('list.referenceNote')} invalid={t('list.referenceInvalid')} maw={420} />
          <GoToFile />
        </Stack>
      </Paper>
      <QueryState query={files} empty={(d) => d.items.length === 0}>
        {(data) => {
          const from = (data.page - 1) * data.pageSize + 1;
          const to = from + data.items.length - 1;
          const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
          return (
            <Stack>
              <Table.ScrollContainer minWidth={960}>
                <Table striped highlightOnHover verticalSpacing="xs">
                  <Table.Caption>{t('list.caption')}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('list.columns.file')}</Table.Th>
                      <Table.Th scope="col">{t('list.columns.court')}</Table.Th>
                      <Table.Th scope="col">{t('list.columns.stage')}</Table.Th>
                      <Table.Th scope="col">{t('list.columns.openedOn')}</Table.Th>
                      <Table.Th scope="col">{t('list.columns.offence')}</Table.Th>
                      <Table.Th scope="col">{t('list.columns.persons')}</Table.Th>
                      <Table.Th scope="col">{t('list.columns.detention')}</Table.Th>
                      <Table.Th scope="col">{t('list.columns.lastChange')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((f) => (
                      <Table.Tr key={f.fileId}>
                        <Table.Th scope="row">
                          <Anchor component={Link} to={`/court/files/${f.fileId}`} aria-label={t('list.openFile', { ref: f.reference ?? f.fileId.slice(0, 8) })}>
                            {f.reference ?? f.fileId.slice(0, 8)}
                          </Anchor>
                          <Text size="xs" c="dimmed">
                            {f.origin === 'police' ? t('list.fromPolice') : t('list.direct')}
                          </Text>
                        </Table.Th>
                        <Table.Td>{text.court(f.court)}</Table.Td>
                        <Table.Td>{text.code('stages', f.stage)}</Table.Td>
                        <Table.Td>{text.date(f.openedOn)}</Table.Td>
                        <Table.Td>{text.code('offences', f.offences[0])}</Table.Td>
                        <Table.Td>{t('list.persons', { accused: text.number(f.accused), victims: text.number(f.victims) })}</Table.Td>
                        <Table.Td>
                          <DetentionCell file={f} />
                        </Table.Td>
                        <Table.Td>{text.dateTime(f.lastChangedAt)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Group justify="space-between" wrap="wrap">
                <Text size="sm" aria-live="polite">
                  {t('list.summary', { from: text.number(from), to: text.number(to), total: text.number(data.total) })}
                </Text>
                {pages > 1 && (
                  <Pagination total={pages} value={data.page} onChange={setPage} aria-label={tc('paging.label')} getControlProps={(control) => ({ 'aria-label': tc(`actions.${control}`) })} />
                )}
              </Group>
            </Stack>
          );
        }}
      </QueryState>
      <Modal opened={opening} onClose={() => setOpening(false)} title={t('open.title')} size="lg">
        <OpenFileForm onCancel={() => setOpening(false)} courts={myCourts} />
      </Modal>
    </Stack>
  );
}
