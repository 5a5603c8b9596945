import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams, useSearchParams } from 'react-router';
import { useSession } from '../../auth/AuthProvider';
import { QueryState } from '../../ui/QueryState';
import { usePerson, usePersonHistory } from './api';
import { ReferPersonDialog, ReviseScreeningDialog } from './commands/PersonDialogs';
import { Fact, Facts, RecordFrame, type RecordTab } from './RecordFrame';
import { INTAKE_RECORDERS } from './roles';
import type { LoadedPerson, ReferralView } from './types';
import { useIntakeText, type IntakeText } from './useIntakeText';

/**
 * One screened person: the screening (outcome as last revised), the person (the name and birth
 * date as the server discloses them, or why not), the referrals, the commands (revise, refer;
 * If-Match on the version shown), and the history with "as it was at".
 */
export function PersonPage({ tab = 'record' }: { tab?: RecordTab }) {
  const { t } = useIntakeText();
  const { personId = '' } = useParams();
  const [params] = useSearchParams();
  const asOf = params.get('asOf');
  const query = usePerson(personId, asOf);
  const history = usePersonHistory(personId);
  return (
    <Stack>
      <Anchor component={Link} to="/intake/screenings" size="sm">
        {t('persons.backToList')}
      </Anchor>
      <QueryState query={query}>
        {(loaded) => (
          <RecordFrame base={`/intake/screenings/${personId}`} title={t('person.title', { reference: loaded.view.reference })} badge={<OutcomeBadge outcome={loaded.view.outcome} />} asOf={loaded.view.asOf ?? asOf} tab={tab} history={history}>
            <PersonContent loaded={loaded} />
          </RecordFrame>
        )}
      </QueryState>
    </Stack>
  );
}

export function OutcomeBadge({ outcome }: { outcome: string }) {
  const text = useIntakeText();
  return (
    <Badge size="lg" variant="light" color={outcome === 'suspected_victim' ? 'red.9' : outcome === 'person_at_risk' ? 'orange.9' : 'gray.8'}>
      {text.code('outcome', outcome)}
    </Badge>
  );
}

/** Where a referral went, in words: the police unit (and case or offence), the organisation, or the family. */
export function referralTarget(text: IntakeText, r: ReferralView): string {
  if (r.destination === 'police') {
    const detail = r.policeCaseId ? text.t('referral.toCase', { id: r.policeCaseId.slice(0, 8) }) : text.t('referral.forOffence', { offence: text.offence(r.suspectedOffence) });
    return `${text.policeUnit(r.policeUnit)} (${detail})`;
  }
  if (r.organisation) return text.organisation(r.organisation);
  return text.code('destination', r.destination);
}

type Dialog = 'revise' | 'refer';

function PersonContent({ loaded }: { loaded: LoadedPerson }) {
  const text = useIntakeText();
  const { t } = text;
  const { user } = useSession();
  const { view } = loaded;
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const acts = !view.asOf && INTAKE_RECORDERS.includes(user.role);
  const person = text.personal(view.personal);
  return (
    <Stack gap="lg">
      {acts && (
        <section aria-labelledby="intake-actions">
          <Title order={2} size="h3" id="intake-actions" mb="xs">
            {t('record.actions')}
          </Title>
          <Group gap="xs">
            <Button onClick={() => setDialog('refer')}>{t('commands.refer')}</Button>
            <Button variant="light" onClick={() => setDialog('revise')}>
              {t('commands.reviseScreening')}
            </Button>
          </Group>
        </section>
      )}
      <section aria-labelledby="intake-screening">
        <Title order={2} size="h3" id="intake-screening" mb="xs">
          {t('person.screening')}
        </Title>
        <Facts>
          <Fact term={t('fields.reference')}>{view.reference}</Fact>
          <Fact term={t('fields.place')}>{text.place(view.place)}</Fact>
          <Fact term={t('common:fields.province')}>{text.province(view.province)}</Fact>
          <Fact term={t('fields.screenedOn')}>{text.date(view.screenedOn)}</Fact>
          <Fact term={t('fields.screenedBy')}>{text.unit(view.screenedBy)}</Fact>
          <Fact term={t('fields.outcome')}>{text.code('outcome', view.outcome)}</Fact>
          <Fact term={t('fields.exploitationIndicated')}>{text.exploitation(view.exploitationIndicated)}</Fact>
          <Fact term={t('person.reception')}>
            {view.receptionId ? (
              <Anchor component={Link} to={`/intake/receptions/${view.receptionId}`} size="sm">
                {t('person.openReception')}
              </Anchor>
            ) : (
              '—'
            )}
          </Fact>
          <Fact term={t('record.revision')}>{text.number(view.revision)}</Fact>
        </Facts>
      </section>
      <section aria-labelledby="intake-person">
        <Title order={2} size="h3" id="intake-person" mb="xs">
          {t('person.person')}
        </Title>
        {person.shown === 'withheld' && (
          <Alert color="gray" role="note" title={t('person.withheldTitle')} mb="xs">
            {t('person.withheldNote')}
          </Alert>
        )}
        <Facts>
          <Fact term={t('fields.fullName')}>{person.name}</Fact>
          <Fact term={t('fields.birthDate')}>{person.birthDate ? text.date(person.birthDate) : person.shown === 'withheld' ? t('person.withheld') : '—'}</Fact>
          <Fact term={t('common:fields.sex')}>{text.sex(view.sex)}</Fact>
          <Fact term={t('common:fields.age')}>{view.ageInYears !== undefined ? t('person.ageYears', { years: text.number(view.ageInYears), date: text.date(view.screenedOn) }) : text.ageBand(view.ageBand)}</Fact>
          <Fact term={t('common:fields.nationality')}>{text.nationality(view.nationality)}</Fact>
          <Fact term={t('fields.countryReturnedFrom')}>{text.country(view.countryReturnedFrom)}</Fact>
        </Facts>
      </section>
      <section aria-labelledby="intake-referrals">
        <Title order={2} size="h3" id="intake-referrals" mb="xs">
          {t('person.referrals')}
        </Title>
        {view.referrals.length === 0 ? (
          <Text c="dimmed">{t('person.noReferrals')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={600} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}>
            <Table>
              <Table.Caption>{t('person.referralsCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('fields.destination')}</Table.Th>
                  <Table.Th scope="col">{t('referral.to')}</Table.Th>
                  <Table.Th scope="col">{t('fields.referredOn')}</Table.Th>
                  <Table.Th scope="col">{t('common:fields.province')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {view.referrals.map((r, i) => (
                  <Table.Tr key={i}>
                    <Table.Th scope="row" fw={400}>
                      {text.code('destination', r.destination)}
                    </Table.Th>
                    <Table.Td>{referralTarget(text, r)}</Table.Td>
                    <Table.Td>{text.date(r.referredOn)}</Table.Td>
                    <Table.Td>{text.province(r.province)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </section>
      <Text size="xs" c="dimmed" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
        {t('record.id', { id: view.personId })}
      </Text>
      {dialog === 'revise' && <ReviseScreeningDialog loaded={loaded} onClose={() => setDialog(null)} />}
      {dialog === 'refer' && <ReferPersonDialog loaded={loaded} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
