import { Anchor, Badge, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../ui/QueryState';
import { useCourtFile, useFileHistory } from './api';
import { AsOfBanner, AsOfControl } from './AsOfControl';
import { FileActions } from './FileActions';
import { HistoryTimeline } from './HistoryTimeline';
import { useCourtText, type CourtText } from './useCourtText';
import { DaysLeft, UrgencyBadge } from './Urgency';
import { labelsOfHistory, labelsOfState, type PersonLabel } from './util';
import type { Accused, LoadedFile, Person } from './types';
import { FINAL_OUTCOMES } from './codes';

/** A table that scrolls sideways (a narrow screen) can be scrolled with the keyboard too: its viewport takes focus. */
const KEYBOARD_SCROLLABLE = { viewportProps: { tabIndex: 0 } };

const CLOSED = ['retained_without_processing', 'dismissed'];

export function fileRef(file: { fileId: string; state?: LoadedFile['state'] }): string {
  const origin = file.state?.origin;
  return origin?.kind === 'direct' && origin.reference ? origin.reference : file.fileId.slice(0, 8);
}

function StageBadge({ stage, text }: { stage: string; text: CourtText }) {
  return (
    <Badge color={CLOSED.includes(stage) ? 'gray' : stage === 'trial' ? 'grape' : stage === 'investigation' ? 'blue' : 'teal'} variant="light" size="lg">
      {text.code('stages', stage)}
    </Badge>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

function nameCell(p: Person, text: CourtText) {
  const personal = p.personal;
  if ('restricted' in personal) return <Text size="sm" fs="italic">{text.t('person.restricted')}</Text>;
  if ('forgotten' in personal) return <Text size="sm" fs="italic">{text.t('person.forgotten')}</Text>;
  return (
    <>
      {personal.fullName ?? '—'}
      {(personal.birthDate ?? p.birthDate) && (
        <Text size="xs" c="dimmed">
          {text.t('person.birthDate')}: {text.date(personal.birthDate ?? p.birthDate)}
        </Text>
      )}
    </>
  );
}

function ageOf(p: Person, text: CourtText) {
  return p.ageInYears !== null && p.ageInYears !== undefined
    ? text.t('person.ageYears', { years: text.number(p.ageInYears), date: text.date(p.ageBandOn) })
    : text.t('person.ageBandOn', { band: text.code('ageBands', p.ageBand), date: text.date(p.ageBandOn) });
}

function enteredOf(p: Person, text: CourtText) {
  return text.t(p.source === 'police' ? 'person.enteredFrom' : 'person.enteredCourt', { date: text.date(p.enteredOn) });
}

function detentionOf(a: Accused, text: CourtText) {
  const lines: string[] = a.detentions.map((d) =>
    d.endedOn === null
      ? text.t('person.inDetention', { date: text.date(d.orderedOn), class: text.code('offenceClasses', d.offenceClass) })
      : text.t('person.detentionEnded', { from: text.date(d.orderedOn), to: text.date(d.endedOn), reason: text.code('endReasons', d.endReason) }),
  );
  if (a.supervisedSince) lines.push(text.t('person.supervised', { date: text.date(a.supervisedSince) }));
  return lines.length ? lines : [text.t('person.notDetained')];
}

function PersonsTables({ file, text, labels }: { file: LoadedFile; text: CourtText; labels: Map<string, PersonLabel> }) {
  const { t } = text;
  const { t: tc } = useTranslation();
  const accused = Object.values(file.state.accused);
  const victims = Object.values(file.state.victims);
  return (
    <>
      <Title order={2} size="h3">
        {t('file.accused')}
      </Title>
      {accused.length === 0 ? (
        <Text c="dimmed">{t('file.noAccused')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={900} scrollAreaProps={KEYBOARD_SCROLLABLE}>
          <Table verticalSpacing="xs" striped>
            <Table.Caption>{t('personTables.accusedCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('personTables.person')}</Table.Th>
                <Table.Th scope="col">{t('person.name')}</Table.Th>
                <Table.Th scope="col">{t('person.sex')}</Table.Th>
                <Table.Th scope="col">{t('person.age')}</Table.Th>
                <Table.Th scope="col">{t('person.nationality')}</Table.Th>
                <Table.Th scope="col">{t('person.entered')}</Table.Th>
                <Table.Th scope="col">{t('person.charges')}</Table.Th>
                <Table.Th scope="col">{t('person.detention')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {accused.map((a) => (
                <Table.Tr key={a.personId}>
                  <Table.Th scope="row">{text.person(labels.get(a.personId), false)}</Table.Th>
                  <Table.Td>{nameCell(a, text)}</Table.Td>
                  <Table.Td>{tc(`sex.${a.sex}`)}</Table.Td>
                  <Table.Td>{ageOf(a, text)}</Table.Td>
                  <Table.Td>{text.code('nationalities', a.nationality)}</Table.Td>
                  <Table.Td>
                    {enteredOf(a, text)}
                    {a.arrestedOn && (
                      <Text size="xs" c="dimmed">
                        {t('person.arrestedOn', { date: text.date(a.arrestedOn) })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {a.charges.length === 0
                      ? t('person.notCharged')
                      : a.charges.map((c, i) => (
                          <Text size="sm" key={i}>
                            {t('person.chargedBy', { offences: text.offences(c.offences), date: text.date(c.chargedOn), by: text.code('chargedBy', c.chargedBy) })}
                          </Text>
                        ))}
                  </Table.Td>
                  <Table.Td>
                    {detentionOf(a, text).map((line, i) => (
                      <Text size="sm" key={i}>
                        {line}
                      </Text>
                    ))}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Title order={2} size="h3">
        {t('file.victims')}
      </Title>
      {victims.length === 0 ? (
        <Text c="dimmed">{t('file.noVictims')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={700} scrollAreaProps={KEYBOARD_SCROLLABLE}>
          <Table verticalSpacing="xs" striped>
            <Table.Caption>{t('personTables.victimsCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('personTables.person')}</Table.Th>
                <Table.Th scope="col">{t('person.name')}</Table.Th>
                <Table.Th scope="col">{t('person.sex')}</Table.Th>
                <Table.Th scope="col">{t('person.age')}</Table.Th>
                <Table.Th scope="col">{t('person.nationality')}</Table.Th>
                <Table.Th scope="col">{t('person.exploitation')}</Table.Th>
                <Table.Th scope="col">{t('person.entered')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {victims.map((v) => (
                <Table.Tr key={v.personId}>
                  <Table.Th scope="row">{text.person(labels.get(v.personId), false)}</Table.Th>
                  <Table.Td>{nameCell(v, text)}</Table.Td>
                  <Table.Td>{tc(`sex.${v.sex}`)}</Table.Td>
                  <Table.Td>{ageOf(v, text)}</Table.Td>
                  <Table.Td>{text.code('nationalities', v.nationality)}</Table.Td>
                  <Table.Td>{text.code('exploitation', v.exploitationType)}</Table.Td>
                  <Table.Td>{enteredOf(v, text)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}

function Limits({ file, text, labels }: { file: LoadedFile; text: CourtText; labels: Map<string, PersonLabel> }) {
  const { t } = text;
  const { detentions, immediateAppearanceJudgment: judgment, on } = file.deadlines;
  return (
    <>
      <Title order={2} size="h3">
        {t('limits.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('limits.on', { date: text.date(on) })}
      </Text>
      {detentions.length === 0 ? (
        <Text c="dimmed">{t('limits.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={800} scrollAreaProps={KEYBOARD_SCROLLABLE}>
          <Table>
            <Table.Caption>{t('limits.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('limits.accused')}</Table.Th>
                <Table.Th scope="col">{t('deadlines.columns.urgency')}</Table.Th>
                <Table.Th scope="col">{t('limits.daysLeft')}</Table.Th>
                <Table.Th scope="col">{t('limits.limitDate')}</Table.Th>
                <Table.Th scope="col">{t('limits.orderedOn')}</Table.Th>
                <Table.Th scope="col">{t('limits.extensions')}</Table.Th>
                <Table.Th scope="col">{t('limits.maximum')}</Table.Th>
                <Table.Th scope="col">{t('limits.basis')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {detentions.map((d) => (
                <Table.Tr key={d.personId}>
                  <Table.Th scope="row">{text.person(labels.get(d.personId))}</Table.Th>
                  <Table.Td>
                    <UrgencyBadge daysLeft={d.daysLeft} pastLimit={d.pastLimit} />
                  </Table.Td>
                  <Table.Td>
                    <DaysLeft daysLeft={d.daysLeft} pastLimit={d.pastLimit} />
                  </Table.Td>
                  <Table.Td>{text.date(d.limitDate)}</Table.Td>
                  <Table.Td>{text.date(d.orderedOn)}</Table.Td>
                  <Table.Td>{t('deadlines.extensionsOf', { granted: text.number(d.extensionsGranted), allowed: text.number(d.extensionsAllowed) })}</Table.Td>
                  <Table.Td>{text.date(d.maximumLimitDate)}</Table.Td>
                  <Table.Td>{d.verified ? t('limits.verified', { article: d.article }) : t('limits.unverified', { article: d.article })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {judgment && (
        <Paper withBorder p="sm">
          <Text fw={600} size="sm">
            {t('limits.judgment')}
          </Text>
          <Group gap="sm">
            <Text size="sm">{t('limits.judgmentDue', { date: text.date(judgment.dueBy), appeared: text.date(judgment.appearedOn), article: judgment.article })}</Text>
            {judgment.judged ? <Badge color="green">{t('limits.judged')}</Badge> : <UrgencyBadge daysLeft={judgment.daysLeft} pastLimit={judgment.pastLimit} />}
            {!judgment.judged && <DaysLeft daysLeft={judgment.daysLeft} pastLimit={judgment.pastLimit} />}
          </Group>
        </Paper>
      )}
    </>
  );
}

function Outcomes({ file, text, labels }: { file: LoadedFile; text: CourtText; labels: Map<string, PersonLabel> }) {
  const { t } = text;
  const { state } = file;
  const verdicts = Object.values(state.accused).flatMap((a) => a.verdicts.map((v, i) => ({ ...v, personId: a.personId, key: `${a.personId}:${i}` })));
  const decision = state.prosecutionDecision;
  return (
    <>
      <Title order={2} size="h3">
        {t('file.decisions')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl">
        <Fact label={t('file.prosecutionDecision')}>
          {decision
            ? `${text.code('prosecutionActions', decision.action)}${decision.reason ? ` (${text.code('retentionReasons', decision.reason)})` : ''}${decision.trialRoute ? ` (${text.code('trialRoutes', decision.trialRoute)})` : ''} — ${text.date(decision.decidedOn)}`
            : t('file.noDecision')}
        </Fact>
        <Fact label={t('file.closingOrder')}>{state.closingOrder ? `${text.code('closingOutcomes', state.closingOrder.outcome)} — ${text.date(state.closingOrder.issuedOn)}` : t('file.noDecision')}</Fact>
      </SimpleGrid>
      <Title order={2} size="h3">
        {t('file.verdicts')}
      </Title>
      {verdicts.length === 0 ? (
        <Text c="dimmed">{t('file.noVerdicts')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={600} scrollAreaProps={KEYBOARD_SCROLLABLE}>
          <Table>
            <Table.Caption>{t('verdictDetails.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('verdictDetails.accused')}</Table.Th>
                <Table.Th scope="col">{t('verdictDetails.outcome')}</Table.Th>
                <Table.Th scope="col">{t('verdictDetails.deliveredOn')}</Table.Th>
                <Table.Th scope="col">{t('verdictDetails.details')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {verdicts.map((v) => (
                <Table.Tr key={v.key}>
                  <Table.Th scope="row">{text.person(labels.get(v.personId))}</Table.Th>
                  <Table.Td>
                    {text.code('verdictOutcomes', v.outcome)}
                    {FINAL_OUTCOMES.includes(v.outcome) ? '' : ' *'}
                  </Table.Td>
                  <Table.Td>{text.date(v.deliveredOn)}</Table.Td>
                  <Table.Td>
                    {[v.termMonths !== null ? t('verdictDetails.term', { months: text.number(v.termMonths) }) : null, v.custody ? text.code('custody', v.custody) : null, v.fine ? t('verdictDetails.fine', { amount: text.money(v.fine.amount, v.fine.currency) }) : null]
                      .filter(Boolean)
                      .join(', ') || '—'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Title order={2} size="h3">
        {t('file.appeals')}
      </Title>
      {state.appeals.length === 0 ? (
        <Text c="dimmed">{t('file.noAppeals')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={600} scrollAreaProps={KEYBOARD_SCROLLABLE}>
          <Table>
            <Table.Caption>{t('appealDetails.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('appealDetails.number')}</Table.Th>
                <Table.Th scope="col">{t('appealDetails.appellant')}</Table.Th>
                <Table.Th scope="col">{t('appealDetails.lodgedOn')}</Table.Th>
                <Table.Th scope="col">{t('appealDetails.concerns')}</Table.Th>
                <Table.Th scope="col">{t('appealDetails.decision')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {state.appeals.map((a) => (
                <Table.Tr key={a.appealNumber}>
                  <Table.Th scope="row">{text.number(a.appealNumber)}</Table.Th>
                  <Table.Td>{text.code('appellants', a.appellant)}</Table.Td>
                  <Table.Td>{text.date(a.lodgedOn)}</Table.Td>
                  <Table.Td>{a.personId ? text.person(labels.get(a.personId)) : '—'}</Table.Td>
                  <Table.Td>{a.decision ? `${text.code('appealDecisions', a.decision)} — ${text.date(a.decidedOn)}` : t('appealDetails.pending')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Title order={2} size="h3">
        {t('file.compensation')}
      </Title>
      {state.compensation.length === 0 ? (
        <Text c="dimmed">{t('file.noCompensation')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={500} scrollAreaProps={KEYBOARD_SCROLLABLE}>
          <Table>
            <Table.Caption>{t('compensationDetails.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('compensationDetails.victim')}</Table.Th>
                <Table.Th scope="col">{t('compensationDetails.amount')}</Table.Th>
                <Table.Th scope="col">{t('compensationDetails.awardedOn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {state.compensation.map((c, i) => (
                <Table.Tr key={i}>
                  <Table.Th scope="row">{text.person(labels.get(c.victimId))}</Table.Th>
                  <Table.Td>{text.money(c.amount, c.currency)}</Table.Td>
                  <Table.Td>{text.date(c.awardedOn)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}

function RecentHistory({ fileId, text }: { fileId: string; text: CourtText }) {
  const history = useFileHistory(fileId);
  return (
    <>
      <Title order={2} size="h3">
        {text.t('file.history')}
      </Title>
      <QueryState query={history}>{(events) => <HistoryTimeline events={events.slice(-10)} labels={labelsOfHistory(events)} label={text.t('history.caption')} />}</QueryState>
      <Anchor component={Link} to={`/court/files/${fileId}/history`}>
        {text.t('file.wholeHistory')}
      </Anchor>
    </>
  );
}

export function CourtFilePage() {
  const { fileId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const asOf = search.get('asOf');
  const text = useCourtText();
  const { t } = text;
  const query = useCourtFile(fileId, asOf);
  const setAsOf = (value: string | null) => setSearch(value ? { asOf: value } : {}, { replace: false });
  return (
    <Stack>
      <Anchor component={Link} to="/court/files" size="sm">
        {t('file.backToList')}
      </Anchor>
      <QueryState query={query}>
        {(file) => {
          const { state } = file;
          const labels = labelsOfState(state);
          return (
            <Stack>
              <Group justify="space-between" align="center" wrap="wrap">
                <Title order={1}>{t('file.title', { ref: fileRef(file) })}</Title>
                <StageBadge stage={state.stage} text={text} />
              </Group>
              <AsOfControl key={asOf ?? 'now'} asOf={asOf} onChange={setAsOf} />
              {file.asOf && <AsOfBanner asOf={file.asOf} />}
              <Title order={2} size="h3">
                {t('file.overview')}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="dl" spacing="sm">
                <Fact label={t('file.stage')}>{text.code('stages', state.stage)}</Fact>
                <Fact label={t('file.court')}>{text.court(state.court)}</Fact>
                <Fact label={t('file.province')}>{text.province(state.province)}</Fact>
                <Fact label={t('file.openedOn')}>{text.date(state.openedOn)}</Fact>
                <Fact label={t('file.origin')}>
                  {state.origin?.kind === 'police' ? t('file.fromPolice', { unit: state.origin.forwardingUnit, date: text.date(state.origin.forwardedOn) }) : t('file.direct')}
                </Fact>
                {state.origin?.kind === 'direct' && state.origin.reference && <Fact label={t('file.reference')}>{state.origin.reference}</Fact>}
                <Fact label={t('file.offences')}>
                  <List size="sm" withPadding={false} listStyleType="none">
                    {state.offences.map((o) => (
                      <List.Item key={o}>{text.code('offences', o)}</List.Item>
                    ))}
                  </List>
                </Fact>
                <Fact label={t('file.entered')}>
                  {[
                    state.entered.prosecution && t('file.enteredProsecution', { date: text.date(state.entered.prosecution) }),
                    state.entered.investigation && t('file.enteredInvestigation', { date: text.date(state.entered.investigation) }),
                    state.entered.trial && t('file.enteredTrial', { date: text.date(state.entered.trial) }),
                  ]
                    .filter(Boolean)
                    .join('; ')}
                </Fact>
                {state.closedOn && <Fact label={t('file.closedOn')}>{text.date(state.closedOn)}</Fact>}
                <Fact label={t('file.revision')}>{text.number(file.revision)}</Fact>
              </SimpleGrid>
              {!file.asOf && (
                <>
                  <Title order={2} size="h3">
                    {t('file.actions')}
                  </Title>
                  <FileActions file={file} />
                </>
              )}
              <Limits file={file} text={text} labels={labels} />
              <PersonsTables file={file} text={text} labels={labels} />
              <Outcomes file={file} text={text} labels={labels} />
              <RecentHistory fileId={fileId} text={text} />
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
