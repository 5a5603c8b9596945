import type { ProtectionCaseCommand, RegisterProtectionCase } from '@casetrail/protection-domain';
import { sealPersonalInput, type PersonalDataCipher, type WithClearPersonal } from '@casetrail/personal-data';

/**
 * A protection-case command as built from a request (or a reactor): the `personal` of a direct
 * registration still in clear. A hand-over carries the police's sealed envelope, which is never
 * opened here, so it is not a clear command.
 */
export type ClearProtectionCaseCommand = Exclude<ProtectionCaseCommand, RegisterProtectionCase> | WithClearPersonal<RegisterProtectionCase>;

/**
 * Seals the name and birth date of a person registered directly under the person's own key
 * (person id = `personId`, the case id), before the command is decided (`sealPersonalInput`).
 * Nothing identifying given: no `personal`, no key created. Every other command passes unchanged.
 */
export async function sealProtectionPersonalData(command: ClearProtectionCaseCommand, cipher: PersonalDataCipher): Promise<ProtectionCaseCommand> {
  if (command.type !== 'RegisterProtectionCase') return command;
  const personal = await sealPersonalInput(command.data.personId, command.data.personal, command.data.birthDate, cipher);
  const { personal: _clear, ...data } = command.data;
  return { ...command, data: { ...data, ...(personal ? { personal } : {}) } };
}
