import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { CommandMetadata } from '@casetrail/event-sourcing';
import type { ReceptionCommand } from '@casetrail/intake-domain';
import { AllowRoles, ApiCommandProblems, CommandStepRoute, uuidParam as uuid } from '@casetrail/platform-nest';
import { CommandRequestParam, CommandRunner, runCommandAnswering, type CommandRequest } from '@casetrail/platform-commands';
import { CorrectReceptionDto, RecordReceptionDto, WithdrawReceptionDto, type ReceptionFiguresDto } from '../dto/reception.dto';
import { INTAKE_RECORDERS } from '../intake-roles';
import { intakeRecordId } from './intake-record-ids';
import { receptionCommands } from './intake.targets';

/** Corrections and the withdrawal honour If-Match; recording one cannot (a new reception has no revision yet). */
const Step = CommandStepRoute('The reception revision you last saw (its ETag, e.g. "1"); 409 if it changed since. A weak tag is refused (400).');

class ReceptionCommandAcceptedDto {
  @ApiProperty({ format: 'uuid', example: '2b1c0f4e-8a6d-5e3f-9c2b-7d4e6f8a1b30', description: 'The reception id: the name-based UUID (v5) of its place and reference' })
  receptionId!: string;
  @ApiProperty({ example: 0, description: 'Revision of the reception after the command; send it as If-Match next time' })
  revision!: number;
}

/** The figures of a request as the command carries them (a fresh copy, nothing else of the body). */
export function receptionInputOf(dto: ReceptionFiguresDto) {
  return {
    place: dto.place,
    receivedOn: dto.receivedOn,
    receivedBy: dto.receivedBy,
    returnedBy: dto.returnedBy,
    countryReturnedFrom: dto.countryReturnedFrom,
    reason: dto.reason,
    counts: { men: dto.counts.men, women: dto.counts.women, boys: dto.counts.boys, girls: dto.counts.girls },
  };
}

@ApiTags('intake: receptions')
@ApiCommandProblems({ noun: 'reception', forbidden: 'Role not allowed, or the place is in a province outside your scope' })
@Controller('api/intake/receptions')
export class ReceptionCommandsController {
  constructor(private readonly commands: CommandRunner) {}

  @Post()
  @AllowRoles(...INTAKE_RECORDERS)
  @ApiOperation({
    summary: 'Record a reception: people received together at an airport, checkpoint or embassy, counted by sex and age',
    description: 'Its id is named by the place and your reference: the same place and reference again is 409 (a file uploaded with the row counts it as already recorded).',
  })
  @ApiCreatedResponse({ type: ReceptionCommandAcceptedDto })
  record(@Body() dto: RecordReceptionDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    const receptionId = intakeRecordId('reception', dto.place, dto.reference);
    return this.run(res, receptionId, request, (metadata) => ({
      type: 'RecordReception',
      data: { receptionId, reference: dto.reference, ...receptionInputOf(dto) },
      metadata,
    }));
  }

  @Step(':receptionId/corrections', {
    summary: 'Correct a reception: its figures as a whole, superseding the earlier ones (statistics use the latest); not once withdrawn',
    ok: ReceptionCommandAcceptedDto,
    ids: ['receptionId'],
  })
  @AllowRoles(...INTAKE_RECORDERS)
  correct(@Param('receptionId', uuid) receptionId: string, @Body() dto: CorrectReceptionDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.run(res, receptionId, request, (metadata) => ({
      type: 'CorrectReception',
      data: { ...receptionInputOf(dto), correctedOn: dto.correctedOn, justification: dto.justification },
      metadata,
    }));
  }

  @Step(':receptionId/withdrawal', { summary: 'Withdraw a reception recorded in error (final: statistics no longer count it)', ok: ReceptionCommandAcceptedDto, ids: ['receptionId'] })
  @AllowRoles(...INTAKE_RECORDERS)
  withdraw(@Param('receptionId', uuid) receptionId: string, @Body() dto: WithdrawReceptionDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.run(res, receptionId, request, (metadata) => ({
      type: 'WithdrawReception',
      data: { withdrawnOn: dto.withdrawnOn, justification: dto.justification },
      metadata,
    }));
  }

  private async run(res: Response, receptionId: string, request: CommandRequest, build: (metadata: CommandMetadata) => ReceptionCommand): Promise<ReceptionCommandAcceptedDto> {
    const { revision } = await runCommandAnswering(this.commands, res, receptionCommands, receptionId, request, build);
    return { receptionId, revision };
  }
}
