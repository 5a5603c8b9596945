import { useState } from 'react';
import { Alert, Button, Group, TextInput } from '@mantine/core';
import { useCourtText } from './useCourtText';
import { cambodianLocalToIso, isoToCambodianLocal } from './util';

/** "As it was at": a Cambodian date-time; the file route's `asOf` takes the instant. */
export function AsOfControl({ asOf, onChange }: { asOf: string | null; onChange: (asOf: string | null) => void }) {
  const { t } = useCourtText();
  const [value, setValue] = useState(asOf ? isoToCambodianLocal(asOf) : '');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      aria-label={t('asOf.label')}
      onSubmit={(e) => {
        e.preventDefault();
        const iso = cambodianLocalToIso(value);
        if (!iso) return setError(t('asOf.invalid'));
        setError(null);
        onChange(iso);
      }}
    >
      <Group align="flex-end" wrap="wrap" gap="sm">
        <TextInput type="datetime-local" label={t('asOf.label')} value={value} onChange={(e) => setValue(e.currentTarget.value)} error={error} w={{ base: '100%', sm: 260 }} />
        <Button type="submit" variant="default">
          {t('asOf.show')}
        </Button>
        {asOf && (
          <Button
            variant="subtle"
            onClick={() => {
              setValue('');
              onChange(null);
            }}
          >
            {t('asOf.now')}
          </Button>
        )}
      </Group>
    </form>
  );
}

export function AsOfBanner({ asOf }: { asOf: string }) {
  const { t, dateTime } = useCourtText();
  return (
    <Alert color="violet" variant="filled" title={t('asOf.bannerTitle')} role="status">
      {t('asOf.banner', { date: dateTime(asOf) })}
    </Alert>
  );
}
