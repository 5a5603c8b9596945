import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useParams, useSearchParams } from 'react-router';
import { useSession } from '../../auth/AuthProvider';
import { QueryState } from '../../ui/QueryState';
import { useReception, useReceptionHistory } from './api';
import { CorrectReceptionDialog, WithdrawReceptionDialog } from './commands/ReceptionDialogs';
import { Fact, Facts, RecordFrame, type RecordTab } from './RecordFrame';
import { INTAKE_RECORDERS } from './roles';
import type { LoadedReception } from './types';
import { useIntakeText } from './useIntakeText';

/**
 * One reception: its figures as last corrected (or as they were at an instant), the commands on
 * it (correct, withdraw; If-Match on the version shown), screening a person who came with it,
 * and its history.
 */
export function ReceptionPage({ tab = 'record' }: { tab?: RecordTab }) {
  const { t } = useIntakeText();
  const { receptionId = '' } = useParams();
  const [params] = useSearchParams();
  const asOf = params.get('asOf');
  const query = useReception(receptionId, asOf);
  const history = useReceptionHistory(receptionId);
  return (
    <Stack>
      <Anchor component={Link} to="/intake/receptions" size="sm">
        {t('receptions.backToList')}
      </Anchor>
      <QueryState query={query}>
        {(loaded) => (
          <RecordFrame
            base={`/intake/receptions/${receptionId}`}
            title={t('reception.title', { reference: loaded.view.reference })}
            badge={loaded.view.withdrawn ? <Badge color="gray" size="lg">{t('reception.withdrawnShort')}</Badge> : loaded.view.corrections > 0 ? <Badge color="blue" size="lg" variant="light">{t('reception.corrected')}</Badge> : null}
            asOf={loaded.view.asOf ?? asOf}
            tab={tab}
            history={history}
          >
            <ReceptionContent loaded={loaded} />
          </RecordFrame>
        )}
      </QueryState>
    </Stack>
  );
}

type Dialog = 'correct' | 'withdraw';

function ReceptionContent({ loaded }: { loaded: LoadedReception }) {
  const text = useIntakeText();
  const { t } = text;
  const { user } = useSession();
  const { view } = loaded;
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const current = !view.asOf;
  const acts = current && INTAKE_RECORDERS.includes(user.role) && !view.withdrawn;
  const total = view.counts.men + view.counts.women + view.counts.boys + view.counts.girls;
  return (
    <Stack gap="lg">
      {acts && (
        <section aria-labelledby="intake-actions">
          <Title order={2} size="h3" id="intake-actions" mb="xs">
            {t('record.actions')}
          </Title>
          <Group gap="xs">
            <Button component={Link} to={`/intake/screenings/new?place=${encodeURIComponent(view.place)}&receptionReference=${encodeURIComponent(view.reference)}`}>
              {t('commands.screenPerson')}
            </Button>
            <Button variant="light" onClick={() => setDialog('correct')}>
              {t('commands.correctReception')}
            </Button>
            <Button variant="light" color="red" onClick={() => setDialog('withdraw')}>
              {t('commands.withdrawReception')}
            </Button>
          </Group>
        </section>
      )}
      {view.withdrawn && (
        <Alert color="gray" role="note" title={t('reception.withdrawnTitle')}>
          {view.withdrawn.withdrawnOn ? t('reception.withdrawnOn', { date: text.date(view.withdrawn.withdrawnOn), justification: view.withdrawn.justification }) : t('reception.withdrawnNote')}
        </Alert>
      )}
      <section aria-labelledby="intake-reception-figures">
        <Title order={2} size="h3" id="intake-reception-figures" mb="xs">
          {t('reception.figures')}
        </Title>
        <Facts>
          <Fact term={t('fields.reference')}>{view.reference}</Fact>
          <Fact term={t('fields.place')}>{text.place(view.place)}</Fact>
          <Fact term={t('common:fields.province')}>{text.province(view.province)}</Fact>
          <Fact term={t('fields.receivedOn')}>{text.date(view.receivedOn)}</Fact>
          <Fact term={t('fields.receivedBy')}>{text.unit(view.receivedBy)}</Fact>
          <Fact term={t('fields.returnedBy')}>{text.code('returnedBy', view.returnedBy)}</Fact>
          <Fact term={t('fields.countryReturnedFrom')}>{text.country(view.countryReturnedFrom)}</Fact>
          <Fact term={t('fields.reason')}>{text.code('reason', view.reason)}</Fact>
          <Fact term={t('fields.men')}>{text.number(view.counts.men)}</Fact>
          <Fact term={t('fields.women')}>{text.number(view.counts.women)}</Fact>
          <Fact term={t('fields.boys')}>{text.number(view.counts.boys)}</Fact>
          <Fact term={t('fields.girls')}>{text.number(view.counts.girls)}</Fact>
          <Fact term={t('reception.total')}>{text.number(total)}</Fact>
          <Fact term={t('record.revision')}>{text.number(view.revision)}</Fact>
        </Facts>
        <Text size="xs" c="dimmed" mt="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
          {t('record.id', { id: view.receptionId })}
        </Text>
      </section>
      {dialog === 'correct' && <CorrectReceptionDialog loaded={loaded} onClose={() => setDialog(null)} />}
      {dialog === 'withdraw' && <WithdrawReceptionDialog loaded={loaded} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
