import { createHash } from 'node:crypto';

/** Person ids are the domain's ids (suspect, victim): short, no spaces. */
const PERSON_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/;

export function assertPersonId(personId: string): void {
  if (typeof personId !== 'string' || !PERSON_ID.test(personId)) {
    throw new Error('A person id is 1-100 letters, digits or _.:-');
  }
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
