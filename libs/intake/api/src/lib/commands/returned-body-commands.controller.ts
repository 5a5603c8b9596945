import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { CommandMetadata } from '@casetrail/event-sourcing';
import type { ReturnedBodyCommand } from '@casetrail/intake-domain';
import { AllowRoles, ApiCommandProblems, CommandStepRoute, uuidParam as uuid } from '@casetrail/platform-nest';
import { CommandRequestParam, CommandRunner, runCommandAnswering, type CommandRequest } from '@casetrail/platform-commands';
import { CorrectBodyRecordDto, RecordBodyReceivedDto, type BodyFiguresDto } from '../dto/body.dto';
import { INTAKE_RECORDERS } from '../intake-roles';
import { intakeRecordId } from './intake-record-ids';
import { returnedBodyCommands } from './intake.targets';

const Step = CommandStepRoute('The body record revision you last saw (its ETag, e.g. "0"); 409 if it changed since. A weak tag is refused (400).');

class BodyCommandAcceptedDto {
  @ApiProperty({ format: 'uuid', example: '4c5d6e7f-8091-5a2b-8c3d-4e5f60718293', description: 'The body id: the name-based UUID (v5) of its place and reference' })
  bodyId!: string;
  @ApiProperty({ example: 0, description: 'Revision of the record after the command; send it as If-Match next time' })
  revision!: number;
}

/** The figures of a request as the command carries them. */
export function bodyInputOf(dto: BodyFiguresDto) {
  return {
    place: dto.place,
    receivedOn: dto.receivedOn,
    receivedBy: dto.receivedBy,
    broughtBy: dto.broughtBy,
    countryOfDeath: dto.countryOfDeath,
    sex: dto.sex,
    cause: dto.cause,
  };
}

@ApiTags('intake: returned bodies')
@ApiCommandProblems({ noun: 'body record', forbidden: 'Role not allowed, or the place is in a province outside your scope' })
@Controller('api/intake/bodies')
export class ReturnedBodyCommandsController {
  constructor(private readonly commands: CommandRunner) {}

  @Post()
  @AllowRoles(...INTAKE_RECORDERS)
  @ApiOperation({ summary: 'Record a body returned across a border or through an airport: sex, cause of death as reported, country of death', description: 'The same place and reference again is 409.' })
  @ApiCreatedResponse({ type: BodyCommandAcceptedDto })
  record(@Body() dto: RecordBodyReceivedDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    const bodyId = intakeRecordId('body', dto.place, dto.reference);
    return this.run(res, bodyId, request, (metadata) => ({ type: 'RecordBodyReceived', data: { bodyId, reference: dto.reference, ...bodyInputOf(dto) }, metadata }));
  }

  @Step(':bodyId/corrections', { summary: 'Correct a body record: its figures as a whole, superseding the earlier ones', ok: BodyCommandAcceptedDto, ids: ['bodyId'] })
  @AllowRoles(...INTAKE_RECORDERS)
  correct(@Param('bodyId', uuid) bodyId: string, @Body() dto: CorrectBodyRecordDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.run(res, bodyId, request, (metadata) => ({
      type: 'CorrectBodyRecord',
      data: { ...bodyInputOf(dto), correctedOn: dto.correctedOn, justification: dto.justification },
      metadata,
    }));
  }

  private async run(res: Response, bodyId: string, request: CommandRequest, build: (metadata: CommandMetadata) => ReturnedBodyCommand): Promise<BodyCommandAcceptedDto> {
    const { revision } = await runCommandAnswering(this.commands, res, returnedBodyCommands, bodyId, request, build);
    return { bodyId, revision };
  }
}
