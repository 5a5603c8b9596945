import { useState, type FormEvent } from 'react';
import { Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { useNavigate } from 'react-router';
import { HistoryTimeline } from '../../history/HistoryTimeline';
import { QueryState } from '../../ui/QueryState';
import { useCaseHistory } from './api';
import { cambodianLocalToIso, isoToCambodianLocal } from './codes';
import type { CaseView } from './types';
import { useProtectionText } from './useProtectionText';

/** The case's history in words (who, when, what changed), and "as it was at" an earlier instant. */
export function HistoryTab({ view }: { view: CaseView }) {
  const { t } = useProtectionText();
  const history = useCaseHistory(view.personId);
  return (
    <Stack>
      <AsOfForm personId={view.personId} asOf={view.asOf} />
      <section aria-labelledby="protection-history">
        <Title order={2} size="h3" id="protection-history" mb="xs">
          {t('history.title')}
        </Title>
        <QueryState query={history}>{(h) => <HistoryTimeline events={h.events} headingOrder={3} label={t('history.title')} />}</QueryState>
      </section>
    </Stack>
  );
}

function AsOfForm({ personId, asOf }: { personId: string; asOf: string | null }) {
  const { t } = useProtectionText();
  const navigate = useNavigate();
  const [value, setValue] = useState(asOf ? isoToCambodianLocal(asOf) : '');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const iso = cambodianLocalToIso(value);
    if (!iso) return setError(t('asOf.invalid'));
    void navigate(`/protection/cases/${personId}?asOf=${encodeURIComponent(iso)}`);
  };
  return (
    <section aria-labelledby="protection-as-of">
      <Title order={2} size="h3" id="protection-as-of" mb="xs">
        {t('asOf.title')}
      </Title>
      <form onSubmit={submit} noValidate aria-labelledby="protection-as-of">
        <Group align="flex-end" gap="sm">
          <TextInput
            type="datetime-local"
            label={t('asOf.label')}
            description={t('asOf.description')}
            value={value}
            onChange={(e) => {
              setValue(e.currentTarget.value);
              setError(null);
            }}
            error={error}
          />
          <Button type="submit">{t('asOf.show')}</Button>
        </Group>
      </form>
    </section>
  );
}
