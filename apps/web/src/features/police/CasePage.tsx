import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, List, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useSession } from '../../auth/AuthProvider';
import { formatDate, formatDateTime } from '../../i18n/format';
import { AsOfForm } from '../../ui/AsOfForm';
import { QueryState } from '../../ui/QueryState';
import { useCase, useCaseHistory, type LoadedCase } from './api';
import { useLabels } from './codes';
import { HistoryTimeline } from './HistoryTimeline';
import { RestrictedNote, SuspectsTable, VictimsTable } from './PersonTables';
import { DIALOGS, type CommandName } from './commands/CaseCommandDialogs';
import { availableCommands, COMMAND_ORDER } from './commands/availability';
import type { CaseView } from './types';

/**
 * One police case: its header, suspects and victims, the commands its state allows (police
 * only), and its history with a way to see it as it was at an earlier instant (`?asOf=`).
 * `police/cases/:caseId/history` opens the history tab.
 */
export function CasePage({ tab = 'case' }: { tab?: 'case' | 'history' }) {
  const { t } = useTranslation('police');
  const { caseId = '' } = useParams();
  const [params] = useSearchParams();
  const asOf = params.get('asOf');
  const query = useCase(caseId, asOf);
  return (
    <Stack>
      <Anchor component={Link} to="/police/cases" size="sm">
        {t('case.backToList')}
      </Anchor>
      <QueryState query={query}>{(loaded) => <CaseContent loaded={loaded} tab={tab} asOf={asOf} />}</QueryState>
    </Stack>
  );
}

function CaseContent({ loaded, tab, asOf }: { loaded: LoadedCase; tab: 'case' | 'history'; asOf: string | null }) {
  const { t } = useTranslation('police');
  const navigate = useNavigate();
  const { view } = loaded;
  const base = `/police/cases/${view.caseId}`;
  const suffix = asOf ? `?asOf=${encodeURIComponent(asOf)}` : '';
  return (
    <Stack>
      <CaseHeader view={view} />
      {view.asOf && <AsOfBanner asOf={view.asOf} caseId={view.caseId} />}
      <Tabs value={tab} onChange={(value) => navigate(value === 'history' ? `${base}/history${suffix}` : `${base}${suffix}`)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="case">{t('case.tabCase')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('case.tabHistory')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="case" pt="md">
          <CaseTab loaded={loaded} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <HistoryTab view={view} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function CaseHeader({ view }: { view: CaseView }) {
  const { t } = useTranslation('police');
  const labels = useLabels();
  const s = view.state;
  return (
    <Stack gap="xs">
      <Group gap="sm" align="center">
        <Title order={1}>{s.reference ? t('case.title', { reference: s.reference }) : t('case.titleNoReference')}</Title>
        {/* Filled in a dark shade: the light badge's text is below AA contrast on its tint. */}
        <Badge size="lg" variant="filled" color={s.status === 'open' ? 'blue.9' : s.status === 'forwarded' ? 'teal.9' : 'gray.7'}>
          {labels.status(s.status)}
        </Badge>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="xs" component="dl" m={0}>
        <Fact term={t('common:fields.unit')} value={labels.unit(s.unit?.code)} />
        <Fact term={t('common:fields.province')} value={labels.province(s.province)} />
        <Fact term={t('fields.openedOn')} value={formatDate(labels.language, s.openedOn)} />
        <Fact term={t('case.revision')} value={String(view.revision)} />
        {s.forwardedOn && <Fact term={t('fields.forwardedOn')} value={s.court ? `${formatDate(labels.language, s.forwardedOn)} · ${t('event.court', { court: labels.province(s.court) })}` : formatDate(labels.language, s.forwardedOn)} />}
        {s.closedOn && <Fact term={t('fields.closedOn')} value={`${formatDate(labels.language, s.closedOn)} · ${labels.closureReason(s.closureReason ?? '')}`} />}
        {s.reopenedOn && <Fact term={t('fields.reopenedOn')} value={formatDate(labels.language, s.reopenedOn)} />}
      </SimpleGrid>
      <div>
        <Text fw={500} size="sm">
          {t('case.offences')}
        </Text>
        <List size="sm" aria-label={t('case.offences')}>
          {s.offences.map((o, i) => (
            <List.Item key={o}>{i === 0 ? t('case.principalOffence', { offence: labels.offence(o) }) : labels.offence(o)}</List.Item>
          ))}
        </List>
      </div>
    </Stack>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed">
        {term}
      </Text>
      <Text component="dd" m={0} fw={500}>
        {value}
      </Text>
    </div>
  );
}

function AsOfBanner({ asOf, caseId }: { asOf: string; caseId: string }) {
  const { t } = useTranslation('police');
  const labels = useLabels();
  return (
    <Alert color="violet" role="status" title={t('asOf.banner', { when: formatDateTime(labels.language, asOf) })}>
      <Group justify="space-between">
        <Text size="sm">{t('asOf.readOnly')}</Text>
        <Anchor component={Link} to={`/police/cases/${caseId}`}>
          {t('asOf.backToCurrent')}
        </Anchor>
      </Group>
    </Alert>
  );
}

function CaseTab({ loaded }: { loaded: LoadedCase }) {
  const { t } = useTranslation('police');
  const { user } = useSession();
  const { view } = loaded;
  const [dialog, setDialog] = useState<CommandName | null>(null);
  const allowed = availableCommands(view.state);
  const mayAct = user.role === 'police' && view.asOf === null;
  const Dialog = dialog ? DIALOGS[dialog] : null;
  return (
    <Stack>
      {mayAct && (
        <section aria-labelledby="case-actions">
          <Title order={2} size="h3" id="case-actions" mb="xs">
            {t('case.actions')}
          </Title>
          <Group gap="xs">
            {COMMAND_ORDER.map((name) => (
              <Button key={name} variant={name === 'forward' ? 'filled' : 'light'} disabled={!allowed[name]} onClick={() => setDialog(name)}>
                {t(`commands.${name}`)}
              </Button>
            ))}
          </Group>
          {view.state.status !== 'open' && (
            <Text size="sm" c="dimmed" mt="xs">
              {view.state.status === 'closed' ? t('case.closedHint') : t('case.forwardedHint')}
            </Text>
          )}
        </section>
      )}
      <section aria-labelledby="case-suspects">
        <Title order={2} size="h3" id="case-suspects" mb="xs">
          {t('case.suspects')}
        </Title>
        <SuspectsTable state={view.state} />
      </section>
      <section aria-labelledby="case-victims">
        <Title order={2} size="h3" id="case-victims" mb="xs">
          {t('case.victims')}
        </Title>
        <VictimsTable state={view.state} />
      </section>
      <RestrictedNote state={view.state} />
      {Dialog && <Dialog loaded={loaded} onClose={() => setDialog(null)} />}
    </Stack>
  );
}

function HistoryTab({ view }: { view: CaseView }) {
  const { t } = useTranslation('police');
  const history = useCaseHistory(view.caseId);
  return (
    <Stack>
      <AsOfForm asOf={view.asOf} namespace="police" headingId="case-as-of" hrefAt={(iso) => `/police/cases/${view.caseId}?asOf=${encodeURIComponent(iso)}`} />
      <section aria-labelledby="case-history">
        <Title order={2} size="h3" id="case-history" mb="xs">
          {t('history.title')}
        </Title>
        <QueryState query={history} empty={(h) => h.events.length === 0}>
          {(h) => <HistoryTimeline events={h.events} label={t('history.title')} />}
        </QueryState>
      </section>
    </Stack>
  );
}
