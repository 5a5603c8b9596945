import { useState } from 'react';
import { Alert, Anchor, Button, Group, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useSession } from '../../auth/AuthProvider';
import { QueryState } from '../../ui/QueryState';
import { useCase } from './api';
import { ClaimsSection, ClosureSection, ConsentSection, Fact, FamilySection, IntegrationSection, ReceptionSection, ReferralsSection, ServicesSection, ShelterSection } from './CaseSections';
import { availableCommands, commandsFor, type CommandName } from './commands/availability';
import { DIALOGS } from './commands/CaseCommandDialogs';
import { HistoryTab } from './HistoryTab';
import { JourneyTab } from './JourneyTab';
import { JOURNEY_READERS } from './roles';
import { StageBadge } from './StageBadge';
import type { LoadedCase } from './types';
import { useProtectionText } from './useProtectionText';

export type CaseTabName = 'case' | 'history' | 'journey';

/**
 * One protection case: what is known of the person (personal data as the API discloses it),
 * the steps recorded, a button per command the reader's role and the case's stage allow, the
 * history in words with "as it was at", and the person's journey across contexts.
 */
export function CasePage({ tab = 'case' }: { tab?: CaseTabName }) {
  const { t } = useProtectionText();
  const { personId = '' } = useParams();
  const [params] = useSearchParams();
  const asOf = params.get('asOf');
  const query = useCase(personId, asOf);
  return (
    <Stack>
      <Anchor component={Link} to="/protection/cases" size="sm">
        {t('case.backToList')}
      </Anchor>
      <QueryState query={query}>{(loaded) => <CaseContent loaded={loaded} tab={tab} asOf={asOf} />}</QueryState>
    </Stack>
  );
}

function CaseContent({ loaded, tab, asOf }: { loaded: LoadedCase; tab: CaseTabName; asOf: string | null }) {
  const text = useProtectionText();
  const { t } = text;
  const { user } = useSession();
  const navigate = useNavigate();
  const { view } = loaded;
  const base = `/protection/cases/${view.personId}`;
  const suffix = asOf ? `?asOf=${encodeURIComponent(asOf)}` : '';
  const journey = JOURNEY_READERS.includes(user.role);
  return (
    <Stack>
      <Stack gap="xs">
        <Group gap="sm" align="center">
          <Title order={1}>{t('case.title', { id: view.personId.slice(0, 8) })}</Title>
          <StageBadge stage={view.state.stage} size="lg" />
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="xs" component="dl" m={0}>
          <Fact term={t('case.personId')}>
            <Text span size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              {view.personId}
            </Text>
          </Fact>
          <Fact term={t('case.revision')}>{text.number(view.revision)}</Fact>
        </SimpleGrid>
      </Stack>
      {view.asOf && (
        <Alert color="violet" role="status" title={t('asOf.banner', { when: text.dateTime(view.asOf) })}>
          <Group justify="space-between">
            <Text size="sm">{t('asOf.readOnly')}</Text>
            <Anchor component={Link} to={base}>
              {t('asOf.backToCurrent')}
            </Anchor>
          </Group>
        </Alert>
      )}
      <Tabs value={tab} onChange={(value) => navigate(value === 'case' ? `${base}${suffix}` : `${base}/${value}${suffix}`)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="case">{t('case.tabCase')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('case.tabHistory')}</Tabs.Tab>
          {journey && <Tabs.Tab value="journey">{t('case.tabJourney')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="case" pt="md">
          <CaseTab loaded={loaded} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <HistoryTab view={view} />
        </Tabs.Panel>
        {journey && (
          <Tabs.Panel value="journey" pt="md">
            <JourneyTab personId={view.personId} />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}

function CaseTab({ loaded }: { loaded: LoadedCase }) {
  const text = useProtectionText();
  const { t } = text;
  const { user } = useSession();
  const { view } = loaded;
  const [dialog, setDialog] = useState<CommandName | null>(null);
  const allowed = availableCommands(view.state);
  const commands = view.asOf === null ? commandsFor(user.role) : [];
  const Dialog = dialog ? DIALOGS[dialog] : null;
  return (
    <Stack gap="lg">
      {commands.length > 0 && (
        <section aria-labelledby="protection-actions">
          <Title order={2} size="h3" id="protection-actions" mb="xs">
            {t('case.actions')}
          </Title>
          <Group gap="xs">
            {commands.map((name) => (
              <Button key={name} variant={name === 'integrate' || name === 'recordFollowUp' ? 'filled' : 'light'} disabled={!allowed[name]} onClick={() => setDialog(name)}>
                {t(`commands.${name}`)}
              </Button>
            ))}
          </Group>
          {view.state.stage === 'closed' && (
            <Text size="sm" c="dimmed" mt="xs">
              {t('case.closedHint')}
            </Text>
          )}
        </section>
      )}
      <ReceptionSection state={view.state} />
      <ConsentSection state={view.state} />
      <ReferralsSection state={view.state} />
      <ShelterSection state={view.state} />
      <ServicesSection state={view.state} />
      <ClaimsSection state={view.state} />
      <FamilySection state={view.state} />
      <IntegrationSection view={view} />
      <ClosureSection state={view.state} />
      {Dialog && <Dialog loaded={loaded} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
