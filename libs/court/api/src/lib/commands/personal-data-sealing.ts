import type { PersonalData } from '@casetrail/kernel';
import type { CourtFileCommand } from '@casetrail/court-domain';
import type { PersonalDataCipher } from '@casetrail/personal-data';

/** Identifying data as a client sends it (the DTO's `personal`): in clear, never stored so. */
export interface ClearCourtPersonalInput {
  fullName?: string;
}

type WithClearPersonal<C> = C extends { type: 'AddAccused' | 'AddVictim'; data: { personal?: unknown } }
  ? Omit<C, 'data'> & { data: Omit<C['data'], 'personal'> & { personal?: ClearCourtPersonalInput } }
  : C;

/** A court-file command as built from a request (or a reactor): `personal` of an added person still in clear. */
export type ClearCourtFileCommand = WithClearPersonal<CourtFileCommand>;

/**
 * Seals an added accused's or victim's identifying data (the name and the exact birth date) with
 * the person's own key (person id = `personId`) before the command reaches the decider, which
 * copies the sealed envelope into the event as is. The clear birth date stays on the command for
 * the decider to derive the age band; the decider never writes it. Nothing identifying given:
 * nothing sealed, no key created. A forwarding from the police carries the police's sealed
 * envelopes already, and passes unchanged.
 */
export async function sealCourtPersonalData(command: ClearCourtFileCommand, cipher: PersonalDataCipher): Promise<CourtFileCommand> {
  switch (command.type) {
    case 'AddAccused':
    case 'AddVictim': {
      const personal = await sealed(command.data.personId, command.data.personal, command.data.birthDate, cipher);
      const { personal: _clear, ...data } = command.data;
      return { ...command, data: { ...data, ...(personal ? { personal } : {}) } } as CourtFileCommand;
    }
    default:
      return command;
  }
}

async function sealed(personId: string, input: ClearCourtPersonalInput | undefined, birthDate: string | undefined, cipher: PersonalDataCipher) {
  const identifying: PersonalData = {};
  const fullName = typeof input?.fullName === 'string' ? input.fullName.trim() : '';
  if (fullName) identifying.fullName = fullName;
  if (typeof birthDate === 'string') identifying.birthDate = birthDate;
  return Object.keys(identifying).length === 0 ? undefined : cipher.seal(personId, identifying);
}
