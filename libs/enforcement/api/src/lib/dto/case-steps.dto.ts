import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { MayBeOmitted, SingleLine, IsDomainDate } from '@casetrail/platform-nest';
import { OFFENCES, PROVINCES } from '@casetrail/kernel';
import {
  CLOSURE_REASONS,
  HAND_OVER_DESTINATIONS,
  RELEASE_REASONS,
  type ClosureReason,
  type HandOverDestination,
  type ReleaseReason,
} from '@casetrail/enforcement-contracts';

export class AddOffenceDto {
  @ApiProperty({ enum: OFFENCES.map((o) => o.code), example: 'procuring' })
  @IsIn(OFFENCES.map((o) => o.code))
  offence!: string;

  @ApiProperty({ example: '2020-03-20' })
  @IsDomainDate()
  addedOn!: string;
}

export class ArrestSuspectDto {
  @ApiProperty({ example: '2020-03-16' })
  @IsDomainDate()
  arrestedOn!: string;
}

export class ReleaseSuspectDto {
  @ApiProperty({ example: '2020-03-18' })
  @IsDomainDate()
  releasedOn!: string;

  @ApiProperty({ enum: RELEASE_REASONS, example: 'insufficient_evidence' })
  @IsIn(RELEASE_REASONS)
  reason!: ReleaseReason;
}

export class HandOverVictimDto {
  @ApiProperty({ enum: HAND_OVER_DESTINATIONS, example: 'social_affairs' })
  @IsIn(HAND_OVER_DESTINATIONS)
  destination!: HandOverDestination;

  @ApiProperty({ example: '2020-03-16' })
  @IsDomainDate()
  handedOverOn!: string;

  @ApiPropertyOptional({ example: 'Battambang DoSVY', description: 'Receiving institution (not a person)' })
  @MayBeOmitted()
  @IsString()
  @Length(1, 200)
  @SingleLine()
  organisation?: string;
}

export class ForwardToProsecutorDto {
  @ApiProperty({ example: '2020-03-20' })
  @IsDomainDate()
  forwardedOn!: string;

  @ApiPropertyOptional({ enum: PROVINCES.map((p) => p.code), example: 'battambang', description: 'Province of the court of first instance' })
  @MayBeOmitted()
  @IsIn(PROVINCES.map((p) => p.code))
  court?: string;
}

export class CloseWithoutForwardingDto {
  @ApiProperty({ example: '2020-04-01' })
  @IsDomainDate()
  closedOn!: string;

  @ApiProperty({ enum: CLOSURE_REASONS, example: 'insufficient_evidence' })
  @IsIn(CLOSURE_REASONS)
  reason!: ClosureReason;
}

export class ReopenCaseDto {
  @ApiProperty({ example: '2020-05-02' })
  @IsDomainDate()
  reopenedOn!: string;

  @ApiProperty({ example: 'New evidence received from the provincial court', description: 'Why the case is reopened (documented)' })
  @IsString()
  @Length(10, 2000)
  justification!: string;
}
