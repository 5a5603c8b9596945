import { useState, type FormEvent } from 'react';
import { Button, Group, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { cambodianLocalToIso, isoToCambodianLocal } from '../i18n/cambodia-time';

/**
 * "As it was at": an instant in Cambodian time, opening the record's page as it was then.
 * `namespace` holds the words (`asOf.title`, `label`, `description`, `show`, `invalid`);
 * `hrefAt` is the page of the record at an ISO instant.
 */
export function AsOfForm({ asOf, namespace, headingId, hrefAt }: { asOf: string | null; namespace: string; headingId: string; hrefAt: (iso: string) => string }) {
  const { t } = useTranslation(namespace);
  const navigate = useNavigate();
  const [value, setValue] = useState(asOf ? isoToCambodianLocal(asOf) : '');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const iso = cambodianLocalToIso(value);
    if (!iso) {
      setError(t('asOf.invalid'));
      return;
    }
    void navigate(hrefAt(iso));
  };
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="xs">
        {t('asOf.title')}
      </Title>
      <form onSubmit={submit} noValidate aria-labelledby={headingId}>
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
