import { useEffect, useMemo } from 'react';
import { Anchor, Button, Group, List, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { useSession } from '../../auth/AuthProvider';
import { formatNumber } from '../../i18n/format';
import { QueryState } from '../../ui/QueryState';
import { useProblemOnForm } from '../../ui/useProblemOnForm';
import { makeWords, type Words } from '../../history/words';
import type { RecordType } from '../../history/types';
import { Pager } from '../../ui/Pager';
import { accessLogPath, canReadHistory, historyPath, isRecordType, isUuidV4 } from './records';

export const ACCESS_PAGE_SIZE = 20;

type Access = Schemas['AccessRecordDto'];

interface SearchValues {
  recordType: RecordType;
  recordId: string;
  userId: string;
  personId: string;
  [key: string]: unknown;
}

/** The routes that record a read, in words (the access record names the route template). */
const ROUTE_ACTIONS: Record<string, string> = {
  'GET /api/enforcement/cases/:caseId': 'readPoliceCase',
  'GET /api/enforcement/cases/:caseId/history': 'readPoliceCaseHistory',
  'GET /api/court/files/:fileId': 'readCourtFile',
  'GET /api/court/files/:fileId/history': 'readCourtFileHistory',
  'GET /api/protection/cases/:personId': 'readProtectionCase',
  'GET /api/protection/cases/:personId/history': 'readProtectionCaseHistory',
};

// Control characters and invisible format characters, as the API refuses them in a user id.
// eslint-disable-next-line no-control-regex
const UNSEEN = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/;

/**
 * Auditors' access log: who read whose identifying data, searched by record and/or by user
 * (`GET /api/audit/access`, newest first, paged by the server). The address carries the search
 * (`/audit?record=…`, `/audit?user=…`), ids only.
 */
export function AccessLogPage() {
  const { t, i18n } = useTranslation('audit');
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const recordId = params.get('record')?.trim() || undefined;
  const userId = params.get('user')?.trim() || undefined;
  const personId = params.get('person')?.trim() || undefined;
  const typeParam = params.get('type');
  const recordType: RecordType = isRecordType(typeParam) ? typeParam : 'police-case';
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const searching = Boolean(recordId || userId);

  const form = useForm<SearchValues>({
    mode: 'controlled',
    initialValues: { recordType, recordId: recordId ?? '', userId: userId ?? '', personId: personId ?? '' },
    validate: {
      recordId: (value, values) => {
        const v = value.trim();
        if (!v && !values.userId.trim()) return t('search.errors.recordOrUser');
        return v && !isUuidV4(v) ? t('search.errors.recordId') : null;
      },
      userId: (value) => (value.trim().length > 128 || UNSEEN.test(value) ? t('search.errors.userId') : null),
      personId: (value) => (value.trim() && !isUuidV4(value.trim()) ? t('search.errors.personId') : null),
    },
  });

  // A link (a row's user or record, the browser's back button) changes the search: the form follows.
  const { setValues, resetDirty } = form;
  useEffect(() => {
    const values = { recordType, recordId: recordId ?? '', userId: userId ?? '', personId: personId ?? '' };
    setValues(values);
    resetDirty(values);
  }, [recordType, recordId, userId, personId, setValues, resetDirty]);

  const query = useQuery({
    queryKey: ['audit', 'access', { recordId, userId, personId, page }],
    queryFn: async () => unwrap(await api.GET('/api/audit/access', { params: { query: { recordId, userId, personId, page, pageSize: ACCESS_PAGE_SIZE } } })),
    enabled: searching,
    placeholderData: keepPreviousData,
  });
  useProblemOnForm(form, query.error);

  const search = (values: SearchValues) => {
    const next = new URLSearchParams();
    if (values.recordId.trim()) {
      next.set('record', values.recordId.trim().toLowerCase());
      next.set('type', values.recordType);
    }
    if (values.userId.trim()) next.set('user', values.userId.trim());
    if (values.personId.trim()) next.set('person', values.personId.trim().toLowerCase());
    // After the submit event: a navigation (a transition) started inside it makes React treat the
    // form as a form action and read it as FormData, which this form is not.
    queueMicrotask(() => setParams(next));
  };
  const setPage = (p: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(p));
    setParams(next);
  };

  const words = useMemo(() => makeWords(t, i18n.language), [t, i18n.language]);

  return (
    <Stack>
      <Title order={1}>{t('accessLog.title')}</Title>
      <Text>{t('accessLog.intro')}</Text>

      <Paper withBorder p="md" component="section" aria-labelledby="access-search-heading">
        <form onSubmit={form.onSubmit(search)} noValidate>
          <Stack gap="sm">
            <Title order={2} size="h4" id="access-search-heading">
              {t('search.title')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
              <Select
                label={t('search.recordType')}
                data={[
                  { value: 'police-case', label: t('recordType.police-case') },
                  { value: 'court-file', label: t('recordType.court-file') },
                  { value: 'protection-case', label: t('recordType.protection-case') },
                ]}
                allowDeselect={false}
                {...form.getInputProps('recordType')}
              />
              <TextInput label={t('search.recordId')} description={t('search.recordIdHint')} autoComplete="off" spellCheck={false} {...form.getInputProps('recordId')} />
              <TextInput label={t('search.userId')} description={t('search.userIdHint')} autoComplete="off" spellCheck={false} {...form.getInputProps('userId')} />
              <TextInput label={t('search.personId')} description={t('search.personIdHint')} autoComplete="off" spellCheck={false} {...form.getInputProps('personId')} />
            </SimpleGrid>
            <Group>
              <Button type="submit">{t('actions.search', { ns: 'common' })}</Button>
              <Button
                variant="default"
                onClick={() => {
                  form.reset();
                  setParams(new URLSearchParams());
                }}
              >
                {t('actions.clear', { ns: 'common' })}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>

      {recordId && canReadHistory(recordType, user.role) && (
        <Text>
          <Anchor component={Link} to={historyPath(recordType, recordId)}>
            {t('accessLog.openHistory', { record: t(`recordType.${recordType}`), id: recordId })}
          </Anchor>
        </Text>
      )}

      {!searching ? (
        <Text c="dimmed">{t('accessLog.startHint')}</Text>
      ) : (
        <QueryState query={query}>
          {(answer) => (
            <AccessTable
              answer={answer}
              words={words}
              page={page}
              onPage={setPage}
              search={{ recordId, userId, personId, recordType }}
            />
          )}
        </QueryState>
      )}
    </Stack>
  );
}

function AccessTable({
  answer,
  words,
  page,
  onPage,
  search,
}: {
  answer: Schemas['AccessPageDto'];
  words: Words;
  page: number;
  onPage: (page: number) => void;
  search: { recordId?: string; userId?: string; personId?: string; recordType: RecordType };
}) {
  const { t, i18n } = useTranslation('audit');
  const { user } = useSession();
  const n = (v: number) => formatNumber(i18n.language, v);
  if (answer.total === 0) return <Text>{t('accessLog.noAccesses')}</Text>;
  const from = (answer.page - 1) * answer.pageSize + 1;
  const to = from + answer.items.length - 1;
  const pages = Math.ceil(answer.total / answer.pageSize);
  const caption = t('accessLog.tableCaption');
  return (
    <Stack gap="sm">
      <Text size="sm" aria-live="polite">
        {t('paging.summary', { ns: 'common', from: n(from), to: n(Math.max(from, to)), total: n(answer.total) })}
      </Text>
      <Table.ScrollContainer minWidth={1000}>
        <Table striped withTableBorder verticalSpacing="xs" aria-label={caption}>
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('accessLog.columns.when')}</Table.Th>
              <Table.Th scope="col">{t('accessLog.columns.who')}</Table.Th>
              <Table.Th scope="col">{t('accessLog.columns.record')}</Table.Th>
              <Table.Th scope="col">{t('accessLog.columns.action')}</Table.Th>
              <Table.Th scope="col">{t('accessLog.columns.purpose')}</Table.Th>
              <Table.Th scope="col">{t('accessLog.columns.data')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {answer.items.map((a) => (
              <AccessRow key={a.accessId} access={a} words={words} canSeeHistory={canReadHistory(a.recordType, user.role)} search={search} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Pager total={pages} value={page} onChange={onPage} label={t('accessLog.pagesLabel')} />
    </Stack>
  );
}

function AccessRow({ access: a, words: w, canSeeHistory, search }: { access: Access; words: Words; canSeeHistory: boolean; search: { recordId?: string; userId?: string } }) {
  const { t } = useTranslation('audit');
  const recordType: string = a.recordType;
  const typeWord = t(`recordType.${recordType}`, { defaultValue: recordType });
  const action = ROUTE_ACTIONS[a.route];
  const recordTypeParam = isRecordType(recordType) ? recordType : undefined;
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{w.dateTime(a.at)}</Table.Td>
      <Table.Td>
        <Anchor component={Link} to={accessLogPath({ user: a.userId })} aria-label={t('accessLog.byUserLink', { user: a.userId })}>
          {a.userId}
        </Anchor>
        <Text size="sm">{w.role(a.role)}</Text>
        {a.unit && (
          <Text size="sm" c="dimmed">
            {w.unit(a.unit)}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={500}>
          {typeWord}
        </Text>
        <Anchor component={Link} to={accessLogPath({ record: a.recordId, type: recordTypeParam })} size="sm" style={{ overflowWrap: 'anywhere' }} aria-label={t('accessLog.toRecordLink', { record: typeWord, id: a.recordId })}>
          {a.recordId}
        </Anchor>
        <Text size="sm" c="dimmed">
          {w.province(a.recordProvince)}
        </Text>
        {canSeeHistory && recordTypeParam && (
          <Anchor component={Link} to={historyPath(recordTypeParam, a.recordId)} size="sm" display="block" aria-label={`${t('accessLog.history')}: ${t('accessLog.historyLink', { record: typeWord, id: a.recordId })}`}>
            {t('accessLog.history')}
          </Anchor>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{action ? t(`accessLog.actions.${action}`) : a.route}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" fs={a.purpose ? undefined : 'italic'}>
          {a.purpose ?? t('accessLog.noPurpose')}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{t('accessLog.personsRead', { count: a.personIds.length, number: w.number(a.personIds.length) })}</Text>
        <List size="xs" spacing={0} aria-label={t('accessLog.personIds')}>
          {a.personIds.map((id) => (
            <List.Item key={id} style={{ overflowWrap: 'anywhere' }}>
              <Anchor component={Link} to={accessLogPath({ record: search.recordId, type: recordTypeParam, user: search.userId, person: id })} size="xs" aria-label={t('accessLog.personLink', { id })}>
                {id}
              </Anchor>
            </List.Item>
          ))}
        </List>
      </Table.Td>
    </Table.Tr>
  );
}
