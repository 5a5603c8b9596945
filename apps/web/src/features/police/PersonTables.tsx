import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLabels } from './codes';
import { numbersOfState } from './describe-event';
import { openedPersonal, type CaseState, type PersonalView } from './types';

/** Whether the answer disclosed identifying data of anyone here (the API decides per role). */
function disclosesPersonal(people: { personal: PersonalView }[]): boolean {
  return people.some(({ personal }) => {
    const opened = openedPersonal(personal);
    return opened.fullName !== undefined || opened.birthDate !== undefined || 'forgotten' in personal;
  });
}

function PersonalCells({ personal }: { personal: PersonalView }) {
  const { t } = useTranslation('police');
  const labels = useLabels();
  if ('forgotten' in personal) {
    return (
      <>
        <Table.Td colSpan={2}>{t('person.forgotten')}</Table.Td>
      </>
    );
  }
  const { fullName, birthDate } = openedPersonal(personal);
  return (
    <>
      <Table.Td>{fullName ?? '—'}</Table.Td>
      <Table.Td>{formatDate(labels.language, birthDate)}</Table.Td>
    </>
  );
}

export function RestrictedNote({ state }: { state: CaseState }) {
  const { t } = useTranslation('police');
  const people = [...Object.values(state.suspects), ...Object.values(state.victims)];
  if (!people.some((p) => 'restricted' in p.personal)) return null;
  return (
    <Text size="sm" c="dimmed">
      {t('person.restrictedNote')}
    </Text>
  );
}

export function SuspectsTable({ state }: { state: CaseState }) {
  const { t } = useTranslation('police');
  const labels = useLabels();
  const suspects = Object.values(state.suspects);
  const numbers = numbersOfState(state);
  const personal = disclosesPersonal(suspects);
  if (suspects.length === 0) return <Text c="dimmed">{t('case.noSuspects')}</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped aria-label={t('case.suspects')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('person.number')}</Table.Th>
            {personal && <Table.Th scope="col">{t('fields.fullName')}</Table.Th>}
            {personal && <Table.Th scope="col">{t('fields.birthDate')}</Table.Th>}
            <Table.Th scope="col">{t('common:fields.sex')}</Table.Th>
            <Table.Th scope="col">{t('common:fields.age')}</Table.Th>
            <Table.Th scope="col">{t('common:fields.nationality')}</Table.Th>
            <Table.Th scope="col">{t('fields.identifiedOn')}</Table.Th>
            <Table.Th scope="col">{t('common:fields.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {suspects.map((s) => (
            <Table.Tr key={s.suspectId}>
              <Table.Th scope="row">{t('person.suspectN', { n: numbers.suspects.get(s.suspectId) })}</Table.Th>
              {personal && <PersonalCells personal={s.personal} />}
              <Table.Td>{labels.sex(s.sex)}</Table.Td>
              <Table.Td>{s.ageAtIdentification !== null ? t('person.years', { years: formatNumber(labels.language, s.ageAtIdentification) }) : labels.ageBand(s.ageBandAtArrest ?? s.ageBandAtIdentification)}</Table.Td>
              <Table.Td>{labels.nationality(s.nationality)}</Table.Td>
              <Table.Td>{formatDate(labels.language, s.identifiedOn)}</Table.Td>
              <Table.Td>
                {s.status === 'arrested'
                  ? t('suspectStatus.arrested', { date: formatDate(labels.language, s.arrestedOn) })
                  : s.status === 'released'
                    ? t('suspectStatus.released', { date: formatDate(labels.language, s.releasedOn), reason: labels.releaseReason(s.releaseReason ?? '') })
                    : t('suspectStatus.identified')}
                {state.forwardedSuspectIds.includes(s.suspectId) && ` · ${t('suspectStatus.forwarded')}`}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function VictimsTable({ state }: { state: CaseState }) {
  const { t } = useTranslation('police');
  const labels = useLabels();
  const victims = Object.values(state.victims);
  const numbers = numbersOfState(state);
  const personal = disclosesPersonal(victims);
  if (victims.length === 0) return <Text c="dimmed">{t('case.noVictims')}</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped aria-label={t('case.victims')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('person.number')}</Table.Th>
            {personal && <Table.Th scope="col">{t('fields.fullName')}</Table.Th>}
            {personal && <Table.Th scope="col">{t('fields.birthDate')}</Table.Th>}
            <Table.Th scope="col">{t('common:fields.sex')}</Table.Th>
            <Table.Th scope="col">{t('common:fields.age')}</Table.Th>
            <Table.Th scope="col">{t('common:fields.nationality')}</Table.Th>
            <Table.Th scope="col">{t('fields.exploitationType')}</Table.Th>
            <Table.Th scope="col">{t('fields.rescuedOn')}</Table.Th>
            <Table.Th scope="col">{t('fields.handedOver')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {victims.map((v) => (
            <Table.Tr key={v.victimId}>
              <Table.Th scope="row">{t('person.victimN', { n: numbers.victims.get(v.victimId) })}</Table.Th>
              {personal && <PersonalCells personal={v.personal} />}
              <Table.Td>{labels.sex(v.sex)}</Table.Td>
              <Table.Td>{v.ageAtRescue !== null ? t('person.years', { years: formatNumber(labels.language, v.ageAtRescue) }) : labels.ageBand(v.ageBand)}</Table.Td>
              <Table.Td>{labels.nationality(v.nationality)}</Table.Td>
              <Table.Td>{labels.exploitation(v.exploitationType)}</Table.Td>
              <Table.Td>{formatDate(labels.language, v.rescuedOn)}</Table.Td>
              <Table.Td>
                {v.handedOver
                  ? t('victimStatus.handedOver', { destination: labels.destination(v.handedOver.destination), date: formatDate(labels.language, v.handedOver.handedOverOn) }) + (v.handedOver.organisation ? ` (${v.handedOver.organisation})` : '')
                  : t('victimStatus.notHandedOver')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
