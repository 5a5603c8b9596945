import { Stack, Title } from '@mantine/core';
import { HistoryTimeline } from '../../history/HistoryTimeline';
import { AsOfForm } from '../../ui/AsOfForm';
import { QueryState } from '../../ui/QueryState';
import { useCaseHistory } from './api';
import type { CaseView } from './types';
import { useProtectionText } from './useProtectionText';

/** The case's history in words (who, when, what changed), and "as it was at" an earlier instant. */
export function HistoryTab({ view }: { view: CaseView }) {
  const { t } = useProtectionText();
  const history = useCaseHistory(view.personId);
  return (
    <Stack>
      <AsOfForm asOf={view.asOf} namespace="protection" headingId="protection-as-of" hrefAt={(iso) => `/protection/cases/${view.personId}?asOf=${encodeURIComponent(iso)}`} />
      <section aria-labelledby="protection-history">
        <Title order={2} size="h3" id="protection-history" mb="xs">
          {t('history.title')}
        </Title>
        <QueryState query={history}>{(h) => <HistoryTimeline events={h.events} headingOrder={3} label={t('history.title')} />}</QueryState>
      </section>
    </Stack>
  );
}
