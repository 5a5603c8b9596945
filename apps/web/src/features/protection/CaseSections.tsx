import { useMemo, type ReactNode } from 'react';
import { Alert, Badge, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { makeWords } from '../../history/words';
import { todayInCambodia } from './codes';
import { visitsOf, type ScheduledVisit } from './followUps';
import { outstandingOf, totalsPerCurrency } from './money';
import type { CaseState, CaseView } from './types';
import { useProtectionText, type ProtectionText } from './useProtectionText';

/** A table that scrolls sideways on a narrow screen can be scrolled with the keyboard too. */
const KEYBOARD_SCROLLABLE = { viewportProps: { tabIndex: 0 } };

export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed">
        {term}
      </Text>
      <Text component="dd" m={0} fw={500} size="sm">
        {children}
      </Text>
    </div>
  );
}

/** A titled part of the case page: a region named by its heading. */
function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`protection-${id}`}>
      <Title order={2} size="h3" id={`protection-${id}`} mb="xs">
        {title}
      </Title>
      {children}
    </section>
  );
}

/** A simple table: a caption, column headers, rows whose first cell heads the row. */
function DataTable({ caption, columns, rows, minWidth = 600 }: { caption: string; columns: string[]; rows: { key: string; cells: ReactNode[] }[]; minWidth?: number }) {
  return (
    <Table.ScrollContainer minWidth={minWidth} scrollAreaProps={KEYBOARD_SCROLLABLE}>
      <Table striped verticalSpacing="xs">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c} scope="col">
                {c}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              {r.cells.map((cell, i) =>
                i === 0 ? (
                  <Table.Th key={i} scope="row" fw={500}>
                    {cell}
                  </Table.Th>
                ) : (
                  <Table.Td key={i}>{cell}</Table.Td>
                ),
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function None({ children }: { children: ReactNode }) {
  return <Text c="dimmed">{children}</Text>;
}

export function ReceptionSection({ state }: { state: CaseState }) {
  const text = useProtectionText();
  const { t } = text;
  // Police units are named as the other contexts' screens name them.
  const { t: th, i18n } = useTranslation('history');
  const words = useMemo(() => makeWords(th, i18n.language), [th, i18n.language]);
  const person = state.person;
  const personal = text.personal(person?.personal);
  const age = person ? (person.ageInYears !== null && person.ageInYears !== undefined ? t('person.ageYears', { years: text.number(person.ageInYears), date: text.date(person.ageBandOn) }) : t('person.ageBand', { band: text.code('ageBand', person.ageBand), date: text.date(person.ageBandOn) })) : '—';
  return (
    <>
      <Section id="reception" title={t('case.reception')}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="xs" component="dl" m={0}>
          <Fact term={t('common:fields.province')}>{text.province(state.province)}</Fact>
          <Fact term={t('fields.receivedOn')}>{text.date(state.receivedOn)}</Fact>
          <Fact term={t('fields.channel')}>{text.code('channel', state.channel)}</Fact>
          <Fact term={t('fields.receivedBy')}>{text.organisation(state.receivedBy)}</Fact>
          {state.entryPoint && <Fact term={t('fields.entryPoint')}>{text.entryPoint(state.entryPoint)}</Fact>}
          {state.countryReturnedFrom && <Fact term={t('fields.countryReturnedFrom')}>{text.country(state.countryReturnedFrom)}</Fact>}
          {state.handOver && <Fact term={t('fields.rescuedOn')}>{text.date(state.handOver.rescuedOn)}</Fact>}
          {state.handOver && <Fact term={t('fields.handedOverBy')}>{words.unit(state.handOver.handedOverBy)}</Fact>}
        </SimpleGrid>
      </Section>
      <Section id="person" title={t('case.person')}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="xs" component="dl" m={0}>
          <Fact term={t('fields.fullName')}>
            <span data-personal={personal.shown} style={personal.shown === 'opened' ? undefined : { fontStyle: 'italic' }}>
              {personal.name}
            </span>
          </Fact>
          {personal.birthDate && <Fact term={t('fields.birthDate')}>{text.date(personal.birthDate)}</Fact>}
          <Fact term={t('common:fields.sex')}>{text.sex(person?.sex)}</Fact>
          <Fact term={t('common:fields.age')}>{age}</Fact>
          <Fact term={t('common:fields.nationality')}>{text.country(person?.nationality)}</Fact>
          <Fact term={t('fields.exploitationType')}>{text.code('exploitation', state.exploitationType)}</Fact>
        </SimpleGrid>
        {personal.shown === 'withheld' && (
          <Alert color="gray" variant="light" mt="xs" role="note" title={t('person.withheldTitle')}>
            {t('person.withheldNote')}
          </Alert>
        )}
      </Section>
    </>
  );
}

export function ConsentSection({ state }: { state: CaseState }) {
  const text = useProtectionText();
  const { t } = text;
  const consent = state.consent;
  return (
    <Section id="consent" title={t('case.consent')}>
      {!consent ? (
        <None>{t('case.noConsent')}</None>
      ) : (
        <Stack gap="xs">
          <Text size="sm">{t('case.consentGiven', { givenBy: text.code('consentGiver', consent.givenBy), date: text.date(consent.recordedOn) })}</Text>
          {consent.sharing.length === 0 ? (
            <Text size="sm" fw={500}>
              {t('case.consentRefused')}
            </Text>
          ) : (
            <DataTable
              caption={t('case.sharingCaption')}
              columns={[t('fields.organisation'), t('fields.purposes')]}
              rows={consent.sharing.map((s) => ({ key: s.organisation, cells: [text.organisation(s.organisation), s.purposes.map((p) => text.code('purpose', p)).join('; ')] }))}
              minWidth={500}
            />
          )}
        </Stack>
      )}
    </Section>
  );
}

export function ReferralsSection({ state }: { state: CaseState }) {
  const text = useProtectionText();
  const { t } = text;
  return (
    <Section id="referrals" title={t('case.referrals')}>
      {state.referrals.length === 0 ? (
        <None>{t('case.noReferrals')}</None>
      ) : (
        <DataTable
          caption={t('case.referralsCaption')}
          columns={[t('fields.organisation'), t('fields.referredOn'), t('fields.purpose')]}
          rows={state.referrals.map((r, i) => ({ key: String(i), cells: [text.organisation(r.organisation), text.date(r.referredOn), text.code('purpose', r.purpose)] }))}
          minWidth={500}
        />
      )}
    </Section>
  );
}

export function ShelterSection({ state }: { state: CaseState }) {
  const text = useProtectionText();
  const { t } = text;
  return (
    <Section id="shelter" title={t('case.shelter')}>
      {state.shelterStays.length === 0 ? (
        <None>{t('case.noShelter')}</None>
      ) : (
        <DataTable
          caption={t('case.shelterCaption')}
          columns={[t('fields.shelter'), t('fields.shelterProvince'), t('fields.admittedOn'), t('fields.sentBy'), t('fields.departedOn')]}
          rows={state.shelterStays.map((s, i) => ({
            key: String(i),
            cells: [
              text.organisation(s.shelter),
              text.province(s.shelterProvince),
              text.date(s.admittedOn),
              text.organisation(s.sentBy),
              s.departedOn ? (
                `${text.date(s.departedOn)} — ${text.code('departureReason', s.departureReason)}`
              ) : (
                <Badge key="in" variant="filled" color="blue.9">
                  {t('case.inShelterNow')}
                </Badge>
              ),
            ],
          }))}
          minWidth={760}
        />
      )}
    </Section>
  );
}

export function ServicesSection({ state }: { state: CaseState }) {
  const text = useProtectionText();
  const { t } = text;
  return (
    <Section id="services" title={t('case.services')}>
      {state.services.length === 0 ? (
        <None>{t('case.noServices')}</None>
      ) : (
        <DataTable
          caption={t('case.servicesCaption')}
          columns={[t('fields.service'), t('fields.deliveredBy'), t('fields.deliveredOn')]}
          rows={state.services.map((s, i) => ({ key: String(i), cells: [text.code('service', s.service), text.organisation(s.organisation), text.date(s.deliveredOn)] }))}
          minWidth={500}
        />
      )}
    </Section>
  );
}

export function ClaimsSection({ state }: { state: CaseState }) {
  const text = useProtectionText();
  const { t } = text;
  const claims = Object.values(state.claims);
  const totals = totalsPerCurrency(claims);
  return (
    <Section id="claims" title={t('case.claims')}>
      {claims.length === 0 ? (
        <None>{t('case.noClaims')}</None>
      ) : (
        <Stack gap="sm">
          <DataTable
            caption={t('case.claimsCaption')}
            columns={[t('claims.claim'), t('fields.supportingOrganisation'), t('fields.filedOn'), t('claims.awarded'), t('claims.received'), t('claims.outstanding')]}
            rows={claims.map((c, i) => ({
              key: c.claimId,
              cells: [
                c.courtFileId ? t('claims.withCourtFile', { n: text.number(i + 1), file: c.courtFileId.slice(0, 8) }) : t('claims.numbered', { n: text.number(i + 1) }),
                text.organisation(c.supportingOrganisation),
                text.date(c.filedOn),
                c.award ? t('claims.awardOn', { amount: text.money(c.award.amount, c.award.currency), date: text.date(c.award.awardedOn), source: text.code('awardSource', c.award.source) }) : t('claims.notAwarded'),
                c.receipts.length === 0 ? '—' : c.receipts.map((r) => t('claims.receiptOn', { amount: text.money(r.amount, r.currency), date: text.date(r.receivedOn) })).join('; '),
                c.award ? text.money(outstandingOf(c), c.award.currency) : '—',
              ],
            }))}
            minWidth={900}
          />
          {totals.length > 0 && (
            <DataTable
              caption={t('claims.totalsCaption')}
              columns={[t('fields.currency'), t('claims.awarded'), t('claims.received'), t('claims.outstanding')]}
              rows={totals.map((x) => ({ key: x.currency, cells: [x.currency, text.money(x.awarded, x.currency), text.money(x.received, x.currency), text.money(x.outstanding, x.currency)] }))}
              minWidth={500}
            />
          )}
        </Stack>
      )}
    </Section>
  );
}

export function FamilySection({ state }: { state: CaseState }) {
  const text = useProtectionText();
  const { t } = text;
  return (
    <Section id="family" title={t('case.family')}>
      {state.familyAssessments.length === 0 ? (
        <None>{t('case.noFamily')}</None>
      ) : (
        <DataTable
          caption={t('case.familyCaption')}
          columns={[t('fields.assessedOn'), t('fields.familyOutcome'), t('fields.assessedBy')]}
          rows={state.familyAssessments.map((a, i) => ({ key: String(i), cells: [text.date(a.assessedOn), text.code('familyOutcome', a.outcome), text.organisation(a.assessedBy)] }))}
          minWidth={500}
        />
      )}
    </Section>
  );
}

const VISIT_COLOUR: Record<ScheduledVisit['status'], string> = { done: 'teal.9', overdue: 'red.9', due: 'orange.9', upcoming: 'gray.7' };

function visitStatus(v: ScheduledVisit, text: ProtectionText) {
  return (
    <Badge variant="filled" color={VISIT_COLOUR[v.status]}>
      {text.t(`followUps.status.${v.status}`)}
    </Badge>
  );
}

export function IntegrationSection({ view }: { view: CaseView }) {
  const text = useProtectionText();
  const { t } = text;
  const { state } = view;
  // The server counts the visits due at a day (today in Cambodia, or the as-of instant's day).
  const today = view.followUps?.on ?? (view.asOf ? todayInCambodia(new Date(view.asOf)) : todayInCambodia());
  return (
    <Section id="integration" title={t('case.integration')}>
      {state.integrations.length === 0 ? (
        <None>{t('case.noIntegration')}</None>
      ) : (
        <Stack gap="md">
          {state.integrations.map((integration, i) => {
            const schedule = visitsOf(integration, view.followUps?.visits, today);
            return (
              <Stack key={i} gap="xs">
                <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="xs" component="dl" m={0}>
                  <Fact term={t('fields.integratedBy')}>{text.organisation(integration.integratedBy)}</Fact>
                  <Fact term={t('fields.integratedOn')}>{text.date(integration.integratedOn)}</Fact>
                  <Fact term={t('fields.integratedIn')}>{text.province(integration.province)}</Fact>
                  <Fact term={t('fields.followUpWorker')}>{integration.followUpWorker}</Fact>
                  <Fact term={t('fields.schedule')}>{t('followUps.scheduleMonths', { months: integration.followUpScheduleMonths.map((m) => text.number(m)).join(', ') })}</Fact>
                </SimpleGrid>
                <DataTable
                  caption={t('followUps.caption', { date: text.date(today) })}
                  columns={[t('followUps.visit'), t('followUps.dueOn'), t('followUps.statusLabel'), t('fields.visitedOn'), t('fields.followUpOutcome')]}
                  rows={schedule.map((v) => ({
                    key: String(v.visitNumber),
                    cells: [
                      Number.isNaN(v.months) ? t('followUps.extraVisit', { n: text.number(v.visitNumber) }) : t('followUps.visitAfter', { n: text.number(v.visitNumber), months: text.number(v.months) }),
                      v.dueOn ? text.date(v.dueOn) : '—',
                      visitStatus(v, text),
                      text.date(v.visitedOn),
                      v.outcome ? text.code('followUpOutcome', v.outcome) : '—',
                    ],
                  }))}
                  minWidth={700}
                />
              </Stack>
            );
          })}
        </Stack>
      )}
    </Section>
  );
}

export function ClosureSection({ state }: { state: CaseState }) {
  const text = useProtectionText();
  const { t } = text;
  if (!state.closure && state.reopenings.length === 0) return null;
  return (
    <Section id="closure" title={t('case.closure')}>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" component="dl" m={0}>
        {state.closure && state.stage === 'closed' && <Fact term={t('fields.closedOn')}>{`${text.date(state.closure.closedOn)} — ${text.code('closureReason', state.closure.reason)}`}</Fact>}
        {state.reopenings.map((r, i) => (
          <Fact key={i} term={t('fields.reopenedOn')}>{`${text.date(r.reopenedOn)} — “${r.justification}”`}</Fact>
        ))}
      </SimpleGrid>
    </Section>
  );
}
