import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useSession } from '../../auth/AuthProvider';
import { ForbiddenPage } from '../../ui/StatusPages';
import { useUrlFilters } from '../../ui/useUrlFilters';
import { useReferralList } from './api';
import { PAGE_SIZE } from './IntakeFilters';
import { PagedTable } from './PagedTable';
import { referralTarget } from './PersonPage';
import { referralDestinationOf } from './roles';
import type { ReferralItem } from './types';
import { useIntakeText } from './useIntakeText';

/**
 * The screened persons referred to the reader (`GET /api/intake/referrals`): police referrals in
 * a police officer's provinces, referrals to social affairs in a social worker's, those to a
 * partner worker's own organisation. The server decides what each sees; no personal data here.
 */
export function ReferralsPage() {
  const text = useIntakeText();
  const { t } = text;
  const { user } = useSession();
  const { params, setPage } = useUrlFilters<'page'>();
  const destination = referralDestinationOf(user.role);
  const query = useReferralList({ ...(destination ? { destination } : {}), page: Math.max(1, Number(params.get('page')) || 1), pageSize: PAGE_SIZE });
  if (!destination) return <ForbiddenPage />;
  return (
    <Stack>
      <Title order={1}>{t('referrals.title')}</Title>
      <Text>{t('referrals.intro')}</Text>
      <Alert color="blue" variant="light" role="note">
        {t(`referrals.note.${destination}`, { organisation: text.organisation(user.unit) })}
      </Alert>
      <PagedTable<ReferralItem>
        query={query}
        caption={t('referrals.caption')}
        none={t('referrals.none')}
        rowKey={(r) => `${r.personId}:${r.destination}:${r.organisation ?? r.policeUnit ?? ''}`}
        onPage={setPage}
        columns={[
          {
            header: t('referrals.person'),
            rowHeader: true,
            cell: (r) => (
              <Anchor component={Link} to={`/intake/screenings/${r.personId}`}>
                {t('referrals.personLabel', { id: text.shortId(r.personId) })}
              </Anchor>
            ),
          },
          { header: t('fields.referredOn'), cell: (r) => text.date(r.referredOn) },
          { header: t('referral.to'), cell: (r) => referralTarget(text, r) },
          { header: t('common:fields.province'), cell: (r) => text.province(r.province) },
          { header: t('fields.place'), cell: (r) => text.place(r.place) },
          { header: t('fields.outcome'), cell: (r) => text.code('outcome', r.outcome) },
          { header: t('person.facts'), cell: (r) => [text.sex(r.sex), text.ageBand(r.ageBand), r.exploitationType ? text.exploitation(r.exploitationType) : null].filter(Boolean).join(', ') },
        ]}
      />
    </Stack>
  );
}
