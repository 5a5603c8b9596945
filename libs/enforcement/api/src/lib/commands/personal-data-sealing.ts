import type { PoliceCaseCommand, RecordReferredVictim } from '@casetrail/enforcement-domain';
import { sealPersonalInput, type PersonalDataCipher, type WithClearPersonal } from '@casetrail/personal-data';

/**
 * A police-case command as built from a request (or a reactor): `personal` still in clear. A
 * referred victim carries intake's sealed envelope, which is never opened here, so it is not a
 * clear command.
 */
export type ClearPoliceCaseCommand = WithClearPersonal<Exclude<PoliceCaseCommand, RecordReferredVictim>> | RecordReferredVictim;

/**
 * Seals the identifying data of an identified suspect or a rescued victim under the person's own
 * key (person id = suspect or victim id), before the command is decided (`sealPersonalInput`).
 * Nothing identifying given: `personal` is undefined and no key is created.
 */
export async function sealPersonalData(command: ClearPoliceCaseCommand, cipher: PersonalDataCipher): Promise<PoliceCaseCommand> {
  switch (command.type) {
    case 'IdentifySuspect': {
      const personal = await sealPersonalInput(command.data.suspectId, command.data.personal, command.data.birthDate, cipher);
      return { ...command, data: { ...command.data, personal } };
    }
    case 'RescueVictim': {
      const personal = await sealPersonalInput(command.data.victimId, command.data.personal, command.data.birthDate, cipher);
      return { ...command, data: { ...command.data, personal } };
    }
    default:
      return command;
  }
}
