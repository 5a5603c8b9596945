import type { PersonalData } from '@casetrail/kernel';
import type { PoliceCaseCommand } from '@casetrail/enforcement-domain';
import type { PersonalDataCipher } from '@casetrail/personal-data';

/** Identifying data as a client sends it (the DTO's `personal`): in clear, never stored so. */
export interface ClearPersonalInput {
  fullName?: string;
}

type WithClearPersonal<C> = C extends { data: { personal?: unknown } }
  ? Omit<C, 'data'> & { data: Omit<C['data'], 'personal'> & { personal?: ClearPersonalInput } }
  : C;

/** A police-case command as built from a request: `personal` still in clear. */
export type ClearPoliceCaseCommand = WithClearPersonal<PoliceCaseCommand>;

/**
 * Seals a person's identifying data (the name and the exact birth date) with the person's own
 * key (person id = suspect or victim id) before the command reaches the decider, which copies
 * the sealed envelope into the event as is. The clear birth date stays on the command, for the
 * decider to derive the age band; the decider never copies it into an event. Nothing
 * identifying given: nothing sealed, no key created.
 */
export async function sealPersonalData(command: ClearPoliceCaseCommand, cipher: PersonalDataCipher): Promise<PoliceCaseCommand> {
  switch (command.type) {
    case 'IdentifySuspect': {
      const personal = await sealed(command.data.suspectId, command.data.personal, command.data.birthDate, cipher);
      return { ...command, data: { ...command.data, personal } };
    }
    case 'RescueVictim': {
      const personal = await sealed(command.data.victimId, command.data.personal, command.data.birthDate, cipher);
      return { ...command, data: { ...command.data, personal } };
    }
    default:
      return command;
  }
}

async function sealed(personId: string, input: ClearPersonalInput | undefined, birthDate: string | undefined, cipher: PersonalDataCipher) {
  const identifying: PersonalData = {};
  const fullName = typeof input?.fullName === 'string' ? input.fullName.trim() : '';
  if (fullName) identifying.fullName = fullName;
  if (typeof birthDate === 'string') identifying.birthDate = birthDate;
  return Object.keys(identifying).length === 0 ? undefined : cipher.seal(personId, identifying);
}
