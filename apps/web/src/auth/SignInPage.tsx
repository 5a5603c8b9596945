import { useState, type FormEvent } from 'react';
import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { SignInError, useAuth } from './AuthProvider';
import { LanguageSwitch } from '../i18n/LanguageSwitch';

/** Where to go after signing in: a path of this app only (never another origin). */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  const { t } = useTranslation();
  const { config, session, signedOutReason, signInWithPassword, signInWithProvider } = useAuth();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNext(params.get('next'));
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (session) return <Navigate to={next} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signInWithPassword(username, password);
      setPassword('');
      navigate(next, { replace: true });
    } catch (e) {
      if (e instanceof SignInError && e.kind === 'lockedOut') setError(t('signIn.lockedOut', { minutes: Math.ceil((e.retryAfterSeconds ?? 60) / 60) }));
      else if (e instanceof SignInError && e.kind === 'failed') setError(t('signIn.failed'));
      else setError(t('states.error'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Center mih="100vh" p="md" component="main" id="main">
      <Paper withBorder shadow="sm" p="xl" w={420} maw="100%">
        <Stack>
          <div>
            <Title order={1} size="h2">
              {t('appName')}
            </Title>
            <Text c="dimmed">{t('tagline')}</Text>
          </div>
          <Title order={2} size="h3">
            {t('signIn.title')}
          </Title>
          {signedOutReason === 'expired' && (
            <Alert color="yellow" role="status">
              {t('signIn.expired')}
            </Alert>
          )}
          {config?.mode === 'oidc' ? (
            <Button onClick={() => void signInWithProvider(next)}>{t('signIn.withProvider')}</Button>
          ) : (
            <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('signIn.title')}>
              <Stack>
                <Text size="sm">{t('signIn.intro')}</Text>
                <TextInput label={t('signIn.username')} name="username" autoComplete="username" required value={username} onChange={(e) => setUsername(e.currentTarget.value)} />
                <PasswordInput label={t('signIn.password')} name="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
                {error && (
                  <Alert color="red" role="alert">
                    {error}
                  </Alert>
                )}
                <Button type="submit" loading={busy} disabled={!username || !password}>
                  {t('signIn.submit')}
                </Button>
                <Text size="xs" c="dimmed">
                  {t('signIn.noAccount')}
                </Text>
              </Stack>
            </form>
          )}
          <LanguageSwitch />
        </Stack>
      </Paper>
    </Center>
  );
}
