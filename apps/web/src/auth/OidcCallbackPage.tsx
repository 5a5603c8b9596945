import { useEffect, useRef, useState } from 'react';
import { Alert, Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth } from './AuthProvider';
import { safeNext } from './SignInPage';

/** Where the issuer sends the browser back with the authorization code. */
export function OidcCallbackPage() {
  const { t } = useTranslation();
  const { config, completeProviderSignIn } = useAuth();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  const done = useRef(false);
  useEffect(() => {
    if (config?.mode !== 'oidc' || done.current) return;
    done.current = true;
    completeProviderSignIn()
      .then((next) => navigate(safeNext(next), { replace: true }))
      .catch(() => setFailed(true));
  }, [config, completeProviderSignIn, navigate]);
  return (
    <Center mih="100vh" component="main" id="main">
      {failed ? <Alert color="red">{t('states.error')}</Alert> : <Loader role="status" aria-label={t('states.loading')} />}
    </Center>
  );
}
