import { useMemo, useState } from 'react';
import { Alert, Box, Button, Center, CloseButton, Group, Loader, Modal, Pagination, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../../api/client';
import { useAuth, useSession } from '../../../auth/AuthProvider';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { AddUserForm } from './AddUserForm';
import { useChangeUser, useLocalUsers, type LocalUser } from './api';
import { useUserLabels } from './reference';
import { UserActionDialog, type RowAction } from './UserDialogs';

/** Rows per page: the API answers every user at once, the table shows them a page at a time. */
export const PAGE_SIZE = 25;

/** In oidc mode the users live in the identity provider: this screen only says so. */
function OidcExplanation() {
  const { t } = useTranslation('admin');
  return (
    <Alert color="blue" title={t('users.oidc.title')} role="status">
      <Stack gap={4}>
        <Text size="sm">{t('users.oidc.body')}</Text>
        <Text size="sm">{t('users.oidc.claims')}</Text>
      </Stack>
    </Alert>
  );
}

function matches(user: LocalUser, text: string, role: string | null, roleName: (code: string) => string): boolean {
  if (role && user.role !== role) return false;
  const q = text.trim().toLowerCase();
  if (!q) return true;
  return [user.username, user.name, roleName(user.role)].some((s) => s.toLowerCase().includes(q));
}

function Status({ user }: { user: LocalUser }) {
  const { t, i18n } = useTranslation('admin');
  // In words, never cut short; the weight only repeats what the words say.
  if (user.disabled) {
    return (
      <Text size="sm" fw={600}>
        {t('users.status.disabled')}
      </Text>
    );
  }
  if (user.lockedUntil && Date.parse(user.lockedUntil) > Date.now()) {
    return (
      <Text size="sm" fw={600}>
        {t('users.status.locked', { until: formatDateTime(i18n.language, user.lockedUntil) })}
      </Text>
    );
  }
  return (
    <Text size="sm">
      {t('users.status.active')}
    </Text>
  );
}

/**
 * The local accounts an admin manages (`/api/admin/users`): who may sign in, with which role,
 * provinces and unit; add one, disable or enable, reset a password, rename. In oidc mode (or
 * when the API answers 404, as it does there) the screen explains where users are managed.
 */
export function UsersPage() {
  const { t, i18n } = useTranslation('admin');
  const { config } = useAuth();
  const { user: me } = useSession();
  const labels = useUserLabels();
  const oidc = config?.mode === 'oidc';
  const query = useLocalUsers(config !== null && !oidc);
  const enable = useChangeUser();

  const [filter, setFilter] = useState('');
  const [roleFilter, setRoleFilter] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const [action, setAction] = useState<RowAction | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const users = useMemo(() => query.data ?? [], [query.data]);
  const filtered = useMemo(() => users.filter((u) => matches(u, filter, roleFilter, labels.role)), [users, filter, roleFilter, labels]);
  const pages = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const shown = filtered.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);

  const notFound = query.error instanceof ApiProblem && query.error.status === 404;
  const done = (message: string) => {
    setAction(null);
    setAdding(false);
    setNotice(message);
  };
  const n = (value: number) => formatNumber(i18n.language, value);

  return (
    <Stack>
      <Title order={1}>{t('users.title')}</Title>
      {oidc || notFound ? (
        <OidcExplanation />
      ) : (
        <>
          <Text>{t('users.intro')}</Text>
          {notice && (
            <Alert color="green" role="status" withCloseButton closeButtonLabel={t('common:actions.close')} onClose={() => setNotice(null)}>
              {notice}
            </Alert>
          )}
          {enable.error ? <ProblemAlert error={enable.error} /> : null}
          <Group justify="space-between" align="flex-end">
            <Group align="flex-end" wrap="wrap">
              <TextInput
                label={t('users.filter.text')}
                value={filter}
                onChange={(e) => {
                  setFilter(e.currentTarget.value);
                  setPage(1);
                }}
                rightSection={filter ? <CloseButton aria-label={t('common:actions.clear')} onClick={() => setFilter('')} /> : null}
                w={{ base: '100%', xs: 260 }}
              />
              <Select
                label={t('users.filter.role')}
                placeholder={t('common:fields.any')}
                data={labels.roleOptions()}
                value={roleFilter}
                onChange={(value) => {
                  setRoleFilter(value);
                  setPage(1);
                }}
                clearable
                w={{ base: '100%', xs: 220 }}
              />
            </Group>
            <Button
              onClick={() => {
                setNotice(null);
                setAdding(true);
              }}
              disabled={!query.isSuccess}
            >
              {t('users.add.open')}
            </Button>
          </Group>

          {query.isPending ? (
            <Center p="lg">
              <Loader role="status" aria-label={t('common:states.loading')} />
            </Center>
          ) : query.isError ? (
            <ProblemAlert error={query.error} />
          ) : (
            <>
              <Table.ScrollContainer minWidth={1000}>
                <Table striped highlightOnHover verticalSpacing="xs" captionSide="top">
                  <Table.Caption>{t('users.caption', { shown: n(filtered.length), total: n(users.length) })}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('users.fields.username')}</Table.Th>
                      <Table.Th scope="col">{t('users.fields.name')}</Table.Th>
                      <Table.Th scope="col">{t('users.fields.role')}</Table.Th>
                      <Table.Th scope="col">{t('users.fields.provinces')}</Table.Th>
                      <Table.Th scope="col">{t('users.fields.unit')}</Table.Th>
                      <Table.Th scope="col">{t('users.fields.status')}</Table.Th>
                      <Table.Th scope="col">{t('users.fields.created')}</Table.Th>
                      <Table.Th scope="col">{t('users.fields.actions')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {shown.length === 0 && (
                      <Table.Tr>
                        <Table.Td colSpan={8}>
                          <Text c="dimmed">{users.length === 0 ? t('users.empty') : t('users.noMatch')}</Text>
                        </Table.Td>
                      </Table.Tr>
                    )}
                    {shown.map((user) => {
                      const self = user.id === me.id;
                      return (
                        <Table.Tr key={user.id}>
                          <Table.Th scope="row" fw={500}>
                            {user.username}
                          </Table.Th>
                          <Table.Td>{user.name}</Table.Td>
                          <Table.Td>{labels.role(user.role)}</Table.Td>
                          <Table.Td>{labels.provinces(user.provinces)}</Table.Td>
                          <Table.Td>{labels.unit(user.unit)}</Table.Td>
                          <Table.Td>
                            <Status user={user} />
                          </Table.Td>
                          <Table.Td>{formatDateTime(i18n.language, user.createdAt)}</Table.Td>
                          <Table.Td>
                            <Group gap={6} wrap="nowrap">
                              <Button size="compact-sm" variant="default" aria-label={t('users.actions.rename', { username: user.username })} onClick={() => setAction({ kind: 'rename', user })}>
                                {t('users.actions.renameShort')}
                              </Button>
                              <Button size="compact-sm" variant="default" aria-label={t('users.actions.reset', { username: user.username })} onClick={() => setAction({ kind: 'reset', user })}>
                                {t('users.actions.resetShort')}
                              </Button>
                              {user.disabled ? (
                                <Button
                                  size="compact-sm"
                                  variant="light"
                                  aria-label={t('users.actions.enable', { username: user.username })}
                                  loading={enable.isPending && enable.variables?.id === user.id}
                                  onClick={() => enable.mutate({ id: user.id, change: { disabled: false } }, { onSuccess: () => setNotice(t('users.done.enabled', { username: user.username })) })}
                                >
                                  {t('users.actions.enableShort')}
                                </Button>
                              ) : (
                                <Button
                                  size="compact-sm"
                                  variant="light"
                                  color="red"
                                  aria-label={t('users.actions.disable', { username: user.username })}
                                  title={self ? t('users.actions.notYourself') : undefined}
                                  disabled={self}
                                  onClick={() => setAction({ kind: 'disable', user })}
                                >
                                  {t('users.actions.disableShort')}
                                </Button>
                              )}
                            </Group>
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {pages > 1 && (
                <Box component="nav" aria-label={t('common:paging.label')}>
                  <Pagination
                    total={pages}
                    value={current}
                    onChange={setPage}
                    withEdges
                    getItemProps={(p) => ({ 'aria-label': t('users.paging.page', { number: n(p) }) })}
                    getControlProps={(control) => ({ 'aria-label': t(`users.paging.${control}`) })}
                  />
                </Box>
              )}
            </>
          )}

          <Modal opened={adding} onClose={() => setAdding(false)} title={t('users.add.title')} size="lg" centered closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
            {adding && <AddUserForm onCreated={(username) => done(t('users.done.created', { username }))} onCancel={() => setAdding(false)} />}
          </Modal>
          <UserActionDialog action={action} onDone={done} onClose={() => setAction(null)} />
        </>
      )}
    </Stack>
  );
}
