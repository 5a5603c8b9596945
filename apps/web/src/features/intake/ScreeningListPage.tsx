import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useSession } from '../../auth/AuthProvider';
import { usePersonList } from './api';
import { IntakeFilterControls, useIntakeFilters } from './IntakeFilters';
import { PagedTable } from './PagedTable';
import { INTAKE_RECORDERS } from './roles';
import type { PersonSummary } from './types';
import { useIntakeText } from './useIntakeText';

const FILTERS = ['year', 'month', 'province', 'place', 'outcome'] as const;

/** Persons screened in the reader's scope, filtered and paged by the server. No personal data here. */
export function ScreeningListPage() {
  const text = useIntakeText();
  const { t } = text;
  const { user } = useSession();
  const filtering = useIntakeFilters(FILTERS);
  const query = usePersonList(filtering.filters);
  return (
    <Stack>
      <Group justify="space-between" align="center">
        <Title order={1}>{t('persons.title')}</Title>
        {INTAKE_RECORDERS.includes(user.role) && (
          <Button component={Link} to="/intake/screenings/new">
            {t('commands.screenPerson')}
          </Button>
        )}
      </Group>
      <Text>{t('persons.intro')}</Text>
      <IntakeFilterControls id="intake-person-filters" {...filtering} />
      <PagedTable<PersonSummary>
        query={query}
        caption={t('persons.caption')}
        none={t('persons.none')}
        rowKey={(p) => p.personId}
        onPage={filtering.setPage}
        columns={[
          {
            header: t('fields.reference'),
            rowHeader: true,
            cell: (p) => (
              <Anchor component={Link} to={`/intake/screenings/${p.personId}`}>
                {t('person.label', { reference: p.reference })}
              </Anchor>
            ),
          },
          { header: t('fields.screenedOn'), cell: (p) => text.date(p.screenedOn) },
          { header: t('fields.place'), cell: (p) => text.place(p.place) },
          { header: t('fields.outcome'), cell: (p) => text.code('outcome', p.outcome) },
          { header: t('fields.exploitationIndicated'), cell: (p) => text.exploitation(p.exploitationIndicated) },
          { header: t('person.facts'), cell: (p) => [text.sex(p.sex), text.ageBand(p.ageBand), text.nationality(p.nationality)].join(', ') },
          { header: t('person.referrals'), cell: (p) => (p.referrals.length > 0 ? p.referrals.map((r) => text.code('destination', r.destination)).join('; ') : '—') },
        ]}
      />
    </Stack>
  );
}
