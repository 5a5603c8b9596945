import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthProvider';
import { LANGUAGES, isLanguage } from './index';
import { rememberLanguage } from './language-preference';

/** English or Khmer; remembered for the signed-in user in this browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { session } = useAuth();
  return (
    <SegmentedControl
      aria-label={t('language.label')}
      size="xs"
      value={i18n.language}
      data={LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
      onChange={(value) => {
        if (!isLanguage(value)) return;
        void i18n.changeLanguage(value);
        rememberLanguage(value, session?.user.id);
      }}
    />
  );
}
