import { useState } from 'react';
import { Anchor, Badge, Button, Group, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { Link, useParams, useSearchParams } from 'react-router';
import { useSession } from '../../auth/AuthProvider';
import { QueryState } from '../../ui/QueryState';
import { send, useBody, useBodyHistory } from './api';
import { BODY_REQUIRED, bodyBody, BodyFields, bodyValues, type BodyValues } from './BodyFields';
import { todayInCambodia } from './codes';
import { BodyCommandDialog } from './commands/CommandDialog';
import { Fact, Facts, RecordFrame, type RecordTab } from './RecordFrame';
import { INTAKE_RECORDERS } from './roles';
import type { LoadedBody } from './types';
import { useIntakeText } from './useIntakeText';

/** One returned body: its figures as last corrected, the correction (If-Match), the history and as-of. */
export function BodyPage({ tab = 'record' }: { tab?: RecordTab }) {
  const { t } = useIntakeText();
  const { bodyId = '' } = useParams();
  const [params] = useSearchParams();
  const asOf = params.get('asOf');
  const query = useBody(bodyId, asOf);
  const history = useBodyHistory(bodyId);
  return (
    <Stack>
      <Anchor component={Link} to="/intake/bodies" size="sm">
        {t('bodies.backToList')}
      </Anchor>
      <QueryState query={query}>
        {(loaded) => (
          <RecordFrame
            base={`/intake/bodies/${bodyId}`}
            title={t('body.title', { reference: loaded.view.reference })}
            badge={loaded.view.corrections > 0 ? <Badge color="blue" size="lg" variant="light">{t('reception.corrected')}</Badge> : null}
            asOf={loaded.view.asOf ?? asOf}
            tab={tab}
            history={history}
          >
            <BodyContent loaded={loaded} />
          </RecordFrame>
        )}
      </QueryState>
    </Stack>
  );
}

function BodyContent({ loaded }: { loaded: LoadedBody }) {
  const text = useIntakeText();
  const { t } = text;
  const { user } = useSession();
  const { view } = loaded;
  const [correcting, setCorrecting] = useState(false);
  const acts = !view.asOf && INTAKE_RECORDERS.includes(user.role);
  return (
    <Stack gap="lg">
      {acts && (
        <section aria-labelledby="intake-actions">
          <Title order={2} size="h3" id="intake-actions" mb="xs">
            {t('record.actions')}
          </Title>
          <Button variant="light" onClick={() => setCorrecting(true)}>
            {t('commands.correctBody')}
          </Button>
        </section>
      )}
      <section aria-labelledby="intake-body-figures">
        <Title order={2} size="h3" id="intake-body-figures" mb="xs">
          {t('body.figures')}
        </Title>
        <Facts>
          <Fact term={t('fields.reference')}>{view.reference}</Fact>
          <Fact term={t('fields.place')}>{text.place(view.place)}</Fact>
          <Fact term={t('common:fields.province')}>{text.province(view.province)}</Fact>
          <Fact term={t('fields.receivedOn')}>{text.date(view.receivedOn)}</Fact>
          <Fact term={t('fields.receivedBy')}>{text.unit(view.receivedBy)}</Fact>
          <Fact term={t('fields.broughtBy')}>{text.code('broughtBy', view.broughtBy)}</Fact>
          <Fact term={t('fields.countryOfDeath')}>{text.country(view.countryOfDeath)}</Fact>
          <Fact term={t('common:fields.sex')}>{text.sex(view.sex)}</Fact>
          <Fact term={t('fields.cause')}>{text.code('cause', view.cause)}</Fact>
          <Fact term={t('record.revision')}>{text.number(view.revision)}</Fact>
        </Facts>
        <Text size="xs" c="dimmed" mt="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
          {t('record.id', { id: view.bodyId })}
        </Text>
      </section>
      {correcting && (
        <BodyCommandDialog<BodyValues & { correctedOn: string; justification: string }>
          title={t('commands.correctBody')}
          loaded={loaded}
          initialValues={{ ...bodyValues(view), correctedOn: todayInCambodia(), justification: '' }}
          required={[...BODY_REQUIRED, 'correctedOn', 'justification']}
          send={(v, ifMatch, current) => send('/api/intake/bodies/{bodyId}/corrections', { bodyId: current.bodyId }, { ...bodyBody(v), correctedOn: v.correctedOn, justification: v.justification.trim() }, ifMatch)}
          onClose={() => setCorrecting(false)}
        >
          {(form) => (
            <>
              <BodyFields form={form} />
              <Group grow align="flex-start">
                <TextInput type="date" label={t('fields.correctedOn')} required {...form.getInputProps('correctedOn')} />
              </Group>
              <Textarea label={t('fields.justification')} description={t('form.justificationNote')} required autosize minRows={2} {...form.getInputProps('justification')} />
            </>
          )}
        </BodyCommandDialog>
      )}
    </Stack>
  );
}
