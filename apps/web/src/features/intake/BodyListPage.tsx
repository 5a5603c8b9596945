import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useSession } from '../../auth/AuthProvider';
import { useBodyList } from './api';
import { IntakeFilterControls, useIntakeFilters } from './IntakeFilters';
import { PagedTable } from './PagedTable';
import { INTAKE_RECORDERS } from './roles';
import type { BodySummary } from './types';
import { useIntakeText } from './useIntakeText';

const FILTERS = ['year', 'month', 'province', 'place', 'receivedBy'] as const;

/** Returned bodies in the reader's scope, filtered and paged by the server. */
export function BodyListPage() {
  const text = useIntakeText();
  const { t } = text;
  const { user } = useSession();
  const filtering = useIntakeFilters(FILTERS);
  const query = useBodyList(filtering.filters);
  return (
    <Stack>
      <Group justify="space-between" align="center">
        <Title order={1}>{t('bodies.title')}</Title>
        {INTAKE_RECORDERS.includes(user.role) && (
          <Button component={Link} to="/intake/bodies/new">
            {t('bodies.record')}
          </Button>
        )}
      </Group>
      <Text>{t('bodies.intro')}</Text>
      <IntakeFilterControls id="intake-body-filters" {...filtering} />
      <PagedTable<BodySummary>
        query={query}
        caption={t('bodies.caption')}
        none={t('bodies.none')}
        rowKey={(b) => b.bodyId}
        onPage={filtering.setPage}
        columns={[
          {
            header: t('fields.reference'),
            rowHeader: true,
            cell: (b) => (
              <Anchor component={Link} to={`/intake/bodies/${b.bodyId}`}>
                {b.reference}
              </Anchor>
            ),
          },
          { header: t('fields.receivedOn'), cell: (b) => text.date(b.receivedOn) },
          { header: t('fields.place'), cell: (b) => text.place(b.place) },
          { header: t('fields.receivedBy'), cell: (b) => text.unit(b.receivedBy) },
          { header: t('fields.broughtBy'), cell: (b) => text.code('broughtBy', b.broughtBy) },
          { header: t('fields.countryOfDeath'), cell: (b) => text.country(b.countryOfDeath) },
          { header: t('common:fields.sex'), cell: (b) => text.sex(b.sex) },
          { header: t('fields.cause'), cell: (b) => text.code('cause', b.cause) },
        ]}
      />
    </Stack>
  );
}
