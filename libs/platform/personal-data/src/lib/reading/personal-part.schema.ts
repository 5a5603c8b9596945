import { ApiProperty } from '@nestjs/swagger';

/*
 * The `personal` part of a person as a read answers it (`openPersonalData`,
 * `withholdPersonalData`): opened (`{ fullName?, birthDate? }`, `{}` when nothing identifying
 * was recorded) for roles that may see it, `{ restricted: true }` for the others,
 * `{ forgotten: true }` once the person's key was destroyed. Each variant is closed
 * (`additionalProperties: false`), so exactly one of them matches an answer.
 */

const OPENED = {
  title: 'Opened personal data',
  type: 'object',
  properties: {
    fullName: { type: 'string', example: 'Sok Dara (synthetic)' },
    birthDate: { type: 'string', format: 'date', example: '1990-05-01' },
  },
  additionalProperties: false,
} as const;

const RESTRICTED = {
  title: 'Restricted personal data',
  type: 'object',
  properties: { restricted: { type: 'boolean', enum: [true] } },
  required: ['restricted'],
  additionalProperties: false,
} as const;

const FORGOTTEN = {
  title: 'Forgotten personal data',
  type: 'object',
  properties: { forgotten: { type: 'boolean', enum: [true] } },
  required: ['forgotten'],
  additionalProperties: false,
} as const;

/** The document's schema of a `personal` part in an answer. */
export const PERSONAL_PART_SCHEMA = { oneOf: [OPENED, RESTRICTED, FORGOTTEN] };

/** Documents an answer's `personal` property (response DTOs only: documentation, no validation). */
export const ApiPersonalPart = (description = 'Identifying data: opened, restricted or forgotten, by the reader\'s role') =>
  ApiProperty({ ...PERSONAL_PART_SCHEMA, description, example: { restricted: true } } as never);

/** The TypeScript shape `PERSONAL_PART_SCHEMA` describes. */
export type PersonalPartView = { fullName?: string; birthDate?: string } | { restricted: true } | { forgotten: true };
