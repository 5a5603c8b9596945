import type { ScreenedPersonCommand, ScreenPerson } from '@casetrail/intake-domain';
import { sealPersonalInput, type PersonalDataCipher, type WithClearPersonal } from '@casetrail/personal-data';

/** A screened-person command as built from a request or an upload row: the `personal` of a screening still in clear. */
export type ClearScreenedPersonCommand = Exclude<ScreenedPersonCommand, ScreenPerson> | WithClearPersonal<ScreenPerson>;

/**
 * Seals the name and birth date of a screened person under the person's own key (person id =
 * `personId`, the name-based id of the screening), before the command is decided
 * (`sealPersonalInput`). Nothing identifying given: no `personal`, no key created. A revision or a
 * referral carries nothing in clear (the referral copies the stored envelope), so passes unchanged.
 */
export async function sealScreenedPersonalData(command: ClearScreenedPersonCommand, cipher: PersonalDataCipher): Promise<ScreenedPersonCommand> {
  if (command.type !== 'ScreenPerson') return command;
  const personal = await sealPersonalInput(command.data.personId, command.data.personal, command.data.birthDate, cipher);
  const { personal: _clear, ...data } = command.data;
  return { ...command, data: { ...data, ...(personal ? { personal } : {}) } };
}
