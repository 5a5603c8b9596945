import { useRef, useState } from 'react';
import { Alert, Button, Code, FileInput, Group, List, Paper, Progress, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UploadKind } from '@casetrail/intake-contracts';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { QueryState } from '../../ui/QueryState';
import { Pager } from '../../ui/Pager';
import { intakeKeys, uploadFile, uploadIdOf, uploadType, useUploadProgress, useUploads } from './api';
import { UPLOAD_FORMATS, UPLOAD_KINDS } from './codes';
import type { UploadAnswer } from './types';
import { useIntakeText } from './useIntakeText';

/**
 * Bulk entry (`POST /api/intake/uploads/:kind`): a CSV or XLSX file of receptions, screened
 * persons or bodies, every row checked by the same rules as a form. The bar shows the bytes sent;
 * the answer lists the rows accepted, already recorded, and refused with their line and column.
 * The same file twice counts nothing twice.
 */
export function UploadsPage() {
  const text = useIntakeText();
  const { t } = text;
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<UploadKind>('receptions');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<{ sent: number; total: number } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [uploadId, setUploadId] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const upload = useMutation({
    mutationFn: async ({ kind: k, file: f }: { kind: UploadKind; file: File }) => {
      abort.current = new AbortController();
      setProgress({ sent: 0, total: f.size });
      setUploadId(await uploadIdOf(f));
      return uploadFile(k, f, (sent, total) => setProgress({ sent, total }), abort.current.signal);
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: intakeKeys.all }),
  });
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!file) return setFileError(t('form.required'));
    if (!uploadType(file)) return setFileError(t('uploads.wrongType'));
    setFileError(null);
    upload.mutate({ kind, file });
  };
  const percent = progress && progress.total > 0 ? Math.round((progress.sent / progress.total) * 100) : 0;
  // Once every byte is sent the server is reading the rows: it tells how many so far.
  const sentAll = progress !== null && progress.sent >= progress.total;
  const running = useUploadProgress(uploadId, upload.isPending && sentAll);
  const format = UPLOAD_FORMATS[kind];
  return (
    <Stack>
      <Title order={1}>{t('uploads.title')}</Title>
      <Text>{t('uploads.intro')}</Text>
      <form noValidate aria-label={t('uploads.formLabel')} onSubmit={submit}>
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Stack gap={4} role="radiogroup" aria-labelledby="intake-upload-kind">
              <Text size="sm" fw={500} id="intake-upload-kind">
                {t('uploads.kind')}
              </Text>
              <SegmentedControl value={kind} onChange={(v) => setKind(v as UploadKind)} data={UPLOAD_KINDS.map((k) => ({ value: k, label: t(`uploads.kinds.${k}`) }))} w="fit-content" />
            </Stack>
            <FileInput
              label={t('uploads.file')}
              description={t('uploads.fileNote')}
              clearButtonProps={{ 'aria-label': t('common:actions.clear') }}
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              value={file}
              onChange={(f) => {
                setFile(f);
                setFileError(null);
                upload.reset();
                setProgress(null);
              }}
              error={fileError}
              clearable
              required
              maw={520}
            />
            <details>
              <summary>{t('uploads.columns', { kind: t(`uploads.kinds.${kind}`) })}</summary>
              <Text size="sm" mt="xs">
                {t('uploads.required')}: <Code>{format.required.join(',')}</Code>
              </Text>
              {format.optional.length > 0 && (
                <Text size="sm" mt={4}>
                  {t('uploads.optional')}: <Code>{format.optional.join(',')}</Code>
                </Text>
              )}
              <Text size="xs" c="dimmed" mt={4}>
                {t('uploads.columnsNote')}
              </Text>
            </details>
            {progress && (
              <Stack gap={4}>
                <Progress value={percent} aria-label={t('uploads.progressLabel')} animated={upload.isPending} />
                <Text size="sm" aria-live="polite">
                  {upload.isPending && sentAll ? (running.data ? t('uploads.rowsSoFar', { n: text.number(running.data.rows) }) : t('uploads.checking')) : t('uploads.sent', { sent: text.number(Math.round(progress.sent / 1024)), total: text.number(Math.round(progress.total / 1024)), percent: text.number(percent) })}
                </Text>
              </Stack>
            )}
            <Group>
              <Button type="submit" loading={upload.isPending}>
                {t('uploads.submit')}
              </Button>
              {upload.isPending && (
                <Button variant="default" onClick={() => abort.current?.abort()}>
                  {t('common:actions.cancel')}
                </Button>
              )}
            </Group>
          </Stack>
        </Paper>
      </form>
      {upload.isError && !(upload.error instanceof DOMException) && <ProblemAlert error={upload.error} />}
      {upload.data && <UploadResult answer={upload.data} />}
      <section aria-labelledby="intake-past-uploads">
        <Title order={2} size="h3" id="intake-past-uploads" mb="xs">
          {t('uploads.past')}
        </Title>
        <PastUploads page={page} setPage={setPage} />
      </section>
    </Stack>
  );
}

/** The answer for one file: counts, then each refused row with its line and column. */
export function UploadResult({ answer }: { answer: UploadAnswer }) {
  const text = useIntakeText();
  const { t } = text;
  return (
    <Stack gap="xs" data-testid="upload-result">
      <Alert color={answer.refused > 0 ? 'orange.9' : 'green.9'} role="status" title={t(answer.repeated ? 'uploads.repeated' : 'uploads.done', { file: answer.fileName ?? '' })}>
        <List size="sm">
          <List.Item>{t('uploads.rows', { n: text.number(answer.rows) })}</List.Item>
          <List.Item>{t('uploads.accepted', { n: text.number(answer.accepted) })}</List.Item>
          <List.Item>{t('uploads.alreadyRecorded', { n: text.number(answer.alreadyRecorded) })}</List.Item>
          <List.Item>{t('uploads.refused', { n: text.number(answer.refused) })}</List.Item>
        </List>
      </Alert>
      {answer.refusals.length > 0 && (
        <Table.ScrollContainer minWidth={500} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}>
          <Table withTableBorder fz="sm">
            <Table.Caption>{t('uploads.refusalsCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('uploads.line')}</Table.Th>
                <Table.Th scope="col">{t('uploads.column')}</Table.Th>
                <Table.Th scope="col">{t('uploads.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {answer.refusals.map((r, i) => (
                <Table.Tr key={`${r.line}-${i}`}>
                  <Table.Th scope="row">{text.number(r.line)}</Table.Th>
                  <Table.Td>{r.field ? <Code>{r.field}</Code> : '—'}</Table.Td>
                  <Table.Td>{r.reason}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {answer.refused > answer.refusals.length && <Text size="sm">{t('uploads.moreRefused', { n: text.number(answer.refused - answer.refusals.length) })}</Text>}
    </Stack>
  );
}

function PastUploads({ page, setPage }: { page: number; setPage: (p: number) => void }) {
  const text = useIntakeText();
  const { t } = text;
  const query = useUploads(page);
  return (
    <QueryState query={query}>
      {(data) =>
        data.items.length === 0 ? (
          <Text c="dimmed">{t('uploads.none')}</Text>
        ) : (
          <Stack>
            <Table.ScrollContainer minWidth={800} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}>
              <Table striped>
                <Table.Caption>{t('uploads.pastCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('uploads.fileName')}</Table.Th>
                    <Table.Th scope="col">{t('uploads.kind')}</Table.Th>
                    <Table.Th scope="col">{t('uploads.when')}</Table.Th>
                    <Table.Th scope="col">{t('uploads.rowsHeader')}</Table.Th>
                    <Table.Th scope="col">{t('uploads.acceptedHeader')}</Table.Th>
                    <Table.Th scope="col">{t('uploads.alreadyHeader')}</Table.Th>
                    <Table.Th scope="col">{t('uploads.refusedHeader')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((u) => (
                    <Table.Tr key={u.uploadId}>
                      <Table.Th scope="row" fw={400} style={{ overflowWrap: 'anywhere' }}>
                        {u.fileName ?? <Code>{u.uploadId.slice(0, 12)}</Code>}
                      </Table.Th>
                      <Table.Td>{t(`uploads.kinds.${u.kind}`, { defaultValue: u.kind })}</Table.Td>
                      <Table.Td>{u.uploadedAt ? text.dateTime(u.uploadedAt) : '—'}</Table.Td>
                      <Table.Td>{text.number(u.rows)}</Table.Td>
                      <Table.Td>{text.number(u.accepted)}</Table.Td>
                      <Table.Td>{text.number(u.alreadyRecorded)}</Table.Td>
                      <Table.Td>{text.number(u.refused)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Pager total={Math.max(1, Math.ceil(data.total / data.pageSize))} value={data.page} onChange={setPage} label={t('common:paging.label')} />
          </Stack>
        )
      }
    </QueryState>
  );
}
