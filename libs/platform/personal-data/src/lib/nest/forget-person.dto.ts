import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { FORGET_REASON_MAX_LENGTH, FORGET_REASON_MIN_LENGTH } from '../privacy/privacy.events';

export class ForgetPersonDto {
  @ApiProperty({
    example: 'Erasure request 2021-014, approved by the data protection officer',
    description: 'Why the person is forgotten (kept in the audit trail); never the person\'s name',
    minLength: FORGET_REASON_MIN_LENGTH,
    maxLength: FORGET_REASON_MAX_LENGTH,
  })
  @IsString()
  @Length(FORGET_REASON_MIN_LENGTH, FORGET_REASON_MAX_LENGTH)
  reason!: string;
}

export class PersonForgottenDto {
  @ApiProperty({ example: 'b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f' })
  personId!: string;
  @ApiProperty({ example: '2021-03-02T04:05:06.000Z' })
  forgottenAt!: string;
}
