import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';

export type LocalUser = Schemas['LocalUserDto'];
export type NewLocalUser = Schemas['CreateLocalUserDto'];
export type LocalUserChange = Schemas['ChangeLocalUserDto'];

export const usersKey = ['admin', 'users'] as const;

/** The local accounts the signed-in admin manages (all of them: the API does not page this list). */
export function useLocalUsers(enabled: boolean) {
  return useQuery({
    queryKey: usersKey,
    queryFn: async () => unwrap(await api.GET('/api/admin/users')).items,
    enabled,
  });
}

/**
 * A command that carries a password: the password is blanked in the mutation's own copy of what
 * was sent once the answer is in, so it is not kept in memory after the request.
 */
function forget(variables: { password?: string }): void {
  variables.password = '';
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewLocalUser) => unwrap(await api.POST('/api/admin/users', { body })),
    onSettled: (_data, _error, variables) => forget(variables),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

export function useChangeUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, change }: { id: string; change: LocalUserChange }) => {
      unwrap(await api.PATCH('/api/admin/users/{userId}', { params: { path: { userId: id } }, body: change }));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (variables: { id: string; password: string }) => {
      unwrap(await api.POST('/api/admin/users/{userId}/password', { params: { path: { userId: variables.id } }, body: { password: variables.password } }));
    },
    onSettled: (_data, _error, variables) => forget(variables),
    // A reset also lifts a lock after failed sign-ins.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}
