import type { PersonalData, SealedPersonalData } from '@casetrail/kernel';
import type { PersonalDataCipher } from '../cipher/personal-data-cipher';

/** Identifying data as a client sends it (the DTO's `personal`): in clear, never stored so. */
export interface ClearPersonalInput {
  fullName?: string;
}

/**
 * A command as built from a request (or a reactor): where its data has a `personal` part, that
 * part is still in clear. Commands without one are unchanged.
 */
export type WithClearPersonal<C> = C extends { data: infer D }
  ? 'personal' extends keyof D
    ? Omit<C, 'data'> & { data: Omit<D, 'personal'> & { personal?: ClearPersonalInput } }
    : C
  : C;

/**
 * Seals a person's identifying data (the name, trimmed, and the exact birth date) with the
 * person's own key (`personId`) before the command reaches the decider, which copies the sealed
 * envelope into the event as is. The clear birth date stays on the command for the decider to
 * derive the age band; the decider never copies it into an event. Nothing identifying given:
 * nothing sealed, no key created (undefined). Each context calls it from its own `seal`, for the
 * commands of its own that add a person.
 */
export async function sealPersonalInput(
  personId: string,
  input: ClearPersonalInput | undefined,
  birthDate: string | undefined,
  cipher: PersonalDataCipher,
): Promise<SealedPersonalData | undefined> {
  const identifying: PersonalData = {};
  const fullName = typeof input?.fullName === 'string' ? input.fullName.trim() : '';
  if (fullName) identifying.fullName = fullName;
  if (typeof birthDate === 'string') identifying.birthDate = birthDate;
  return Object.keys(identifying).length === 0 ? undefined : cipher.seal(personId, identifying);
}
