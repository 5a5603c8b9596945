import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useSession } from '../../auth/AuthProvider';
import { useReceptionList } from './api';
import { IntakeFilterControls, useIntakeFilters } from './IntakeFilters';
import { PagedTable } from './PagedTable';
import { INTAKE_RECORDERS } from './roles';
import type { ReceptionSummary } from './types';
import { useIntakeText } from './useIntakeText';

const FILTERS = ['year', 'month', 'province', 'place', 'receivedBy'] as const;

/** Receptions in the reader's scope, filtered and paged by the server: people received together, counted (no personal data). */
export function ReceptionListPage() {
  const text = useIntakeText();
  const { t } = text;
  const { user } = useSession();
  const filtering = useIntakeFilters(FILTERS);
  const query = useReceptionList(filtering.filters);
  const counts = (r: ReceptionSummary) => t('reception.countsLine', { men: text.number(r.counts.men), women: text.number(r.counts.women), boys: text.number(r.counts.boys), girls: text.number(r.counts.girls) });
  return (
    <Stack>
      <Group justify="space-between" align="center">
        <Title order={1}>{t('receptions.title')}</Title>
        {INTAKE_RECORDERS.includes(user.role) && (
          <Group gap="xs">
            <Button component={Link} to="/intake/receptions/new">
              {t('receptions.record')}
            </Button>
            <Button component={Link} to="/intake/uploads" variant="default">
              {t('uploads.title')}
            </Button>
          </Group>
        )}
      </Group>
      <Text>{t('receptions.intro')}</Text>
      <IntakeFilterControls id="intake-reception-filters" {...filtering} />
      <PagedTable<ReceptionSummary>
        query={query}
        caption={t('receptions.caption')}
        none={t('receptions.none')}
        rowKey={(r) => r.receptionId}
        onPage={filtering.setPage}
        columns={[
          {
            header: t('fields.reference'),
            rowHeader: true,
            cell: (r) => (
              <Anchor component={Link} to={`/intake/receptions/${r.receptionId}`}>
                {r.reference}
              </Anchor>
            ),
          },
          { header: t('fields.receivedOn'), cell: (r) => text.date(r.receivedOn) },
          { header: t('fields.place'), cell: (r) => text.place(r.place) },
          { header: t('fields.receivedBy'), cell: (r) => text.unit(r.receivedBy) },
          { header: t('fields.returnedBy'), cell: (r) => text.code('returnedBy', r.returnedBy) },
          { header: t('fields.countryReturnedFrom'), cell: (r) => text.country(r.countryReturnedFrom) },
          { header: t('fields.reason'), cell: (r) => text.code('reason', r.reason) },
          { header: t('reception.persons'), cell: (r) => (r.status === 'withdrawn' ? t('reception.withdrawnShort') : counts(r)) },
        ]}
      />
    </Stack>
  );
}
