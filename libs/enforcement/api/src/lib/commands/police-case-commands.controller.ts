import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AllowRoles, ApiCommandProblems, CommandStepRoute, uuidParam as uuid } from '@casetrail/platform-nest';
import { OpenPoliceCaseDto } from '../dto/open-police-case.dto';
import { IdentifySuspectDto } from '../dto/identify-suspect.dto';
import { RescueVictimDto } from '../dto/rescue-victim.dto';
import {
  AddOffenceDto,
  ArrestSuspectDto,
  CloseWithoutForwardingDto,
  ForwardToProsecutorDto,
  HandOverVictimDto,
  ReleaseSuspectDto,
  ReopenCaseDto,
} from '../dto/case-steps.dto';
import type { CommandMetadata } from '@casetrail/event-sourcing';
import { CommandRequestParam, CommandRunner, runCommandAnswering, type CommandRequest } from '@casetrail/platform-commands';
import type { ClearPoliceCaseCommand } from './personal-data-sealing';
import { policeCaseCommands } from './police-case.commands';

/** Every step of a case honours If-Match; opening one cannot (a new case has no revision yet). */
const Step = CommandStepRoute('The case revision you last saw (its ETag, e.g. "3"); 409 if the case changed since. A weak tag is refused (400).');

class CommandAcceptedDto {
  @ApiProperty({ example: '6f1c2b1e-8a53-4c39-9d55-0c1f5b7b2f10' })
  caseId!: string;
  @ApiProperty({ example: 3, description: 'Revision of the case after the command; send it as If-Match next time' })
  revision!: number;
}

class SuspectAcceptedDto extends CommandAcceptedDto {
  @ApiProperty({ example: 'b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f' })
  suspectId!: string;
}

class VictimAcceptedDto extends CommandAcceptedDto {
  @ApiProperty({ example: 'c2e8a6b3-1d4f-4e2a-8b7c-6a5d4c3b2a10' })
  victimId!: string;
}

@ApiTags('enforcement: police cases')
@ApiCommandProblems({ noun: 'case', forbidden: 'Role not allowed, or province outside your scope' })
@AllowRoles('police')
@Controller('api/enforcement/cases')
export class PoliceCaseCommandsController {
  constructor(private readonly commands: CommandRunner) {}

  @Post()
  @ApiOperation({ summary: 'Open a police case' })
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  open(@Body() dto: OpenPoliceCaseDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    const caseId = globalThis.crypto.randomUUID();
    return this.run(res, caseId, request, (metadata) => ({
      type: 'OpenPoliceCase',
      data: { caseId, unit: { code: dto.unit.code, type: dto.unit.type }, province: dto.province, offences: dto.offences, openedOn: dto.openedOn, ...(dto.reference ? { reference: dto.reference } : {}) },
      metadata,
    }));
  }

  @Step(':caseId/offences', { summary: 'Add an offence to the case', ok: CommandAcceptedDto, ids: ['caseId'] })
  addOffence(@Param('caseId', uuid) caseId: string, @Body() dto: AddOffenceDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.run(res, caseId, request, (metadata) => ({
      type: 'AddOffence',
      data: { offence: dto.offence, addedOn: dto.addedOn },
      metadata,
    }));
  }

  @Step(':caseId/suspects', { summary: 'Identify a suspect', created: SuspectAcceptedDto, ids: ['caseId'] })
  async identifySuspect(@Param('caseId', uuid) caseId: string, @Body() dto: IdentifySuspectDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    const suspectId = globalThis.crypto.randomUUID();
    const outcome = await this.run(res, caseId, request, (metadata) => ({
      type: 'IdentifySuspect',
      data: { suspectId, sex: dto.sex, birthDate: dto.birthDate, ageAtIdentification: dto.ageAtIdentification, nationality: dto.nationality, identifiedOn: dto.identifiedOn, personal: { ...dto.personal } },
      metadata,
    }));
    return { ...outcome, suspectId };
  }

  @Step(':caseId/suspects/:suspectId/arrest', { summary: 'Arrest an identified suspect (detained and sent to court)', ok: CommandAcceptedDto, ids: ['caseId', 'suspectId'] })
  arrest(@Param('caseId', uuid) caseId: string, @Param('suspectId', uuid) suspectId: string, @Body() dto: ArrestSuspectDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.run(res, caseId, request, (metadata) => ({
      type: 'ArrestSuspect',
      data: { suspectId, arrestedOn: dto.arrestedOn },
      metadata,
    }));
  }

  @Step(':caseId/suspects/:suspectId/release', { summary: 'Release an arrested suspect', ok: CommandAcceptedDto, ids: ['caseId', 'suspectId'] })
  release(@Param('caseId', uuid) caseId: string, @Param('suspectId', uuid) suspectId: string, @Body() dto: ReleaseSuspectDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.run(res, caseId, request, (metadata) => ({
      type: 'ReleaseSuspect',
      data: { suspectId, releasedOn: dto.releasedOn, reason: dto.reason },
      metadata,
    }));
  }

  @Step(':caseId/victims', { summary: 'Record a rescued victim (with screenedPersonId: a person screened at a border first)', created: VictimAcceptedDto, ids: ['caseId'] })
  async rescueVictim(@Param('caseId', uuid) caseId: string, @Body() dto: RescueVictimDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    // A person screened at a border keeps their id: statistics then count rescues of screened persons.
    const victimId = dto.screenedPersonId?.toLowerCase() ?? globalThis.crypto.randomUUID();
    const outcome = await this.run(res, caseId, request, (metadata) => ({
      type: 'RescueVictim',
      data: { victimId, sex: dto.sex, birthDate: dto.birthDate, ageAtRescue: dto.ageAtRescue, nationality: dto.nationality, exploitationType: dto.exploitationType, rescuedOn: dto.rescuedOn, personal: { ...dto.personal } },
      metadata,
    }));
    return { ...outcome, victimId };
  }

  @Step(':caseId/victims/:victimId/hand-over', { summary: 'Hand a rescued victim over (social affairs, family, partner organisation)', ok: CommandAcceptedDto, ids: ['caseId', 'victimId'] })
  handOver(@Param('caseId', uuid) caseId: string, @Param('victimId', uuid) victimId: string, @Body() dto: HandOverVictimDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.run(res, caseId, request, (metadata) => ({
      type: 'HandOverVictim',
      data: { victimId, destination: dto.destination, handedOverOn: dto.handedOverOn, ...(dto.organisation ? { organisation: dto.organisation } : {}) },
      metadata,
    }));
  }

  @Step(':caseId/forward', { summary: 'Forward the case to the prosecutor, with its arrested suspects and rescued victims', ok: CommandAcceptedDto, ids: ['caseId'] })
  forward(@Param('caseId', uuid) caseId: string, @Body() dto: ForwardToProsecutorDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.run(res, caseId, request, (metadata) => ({
      type: 'ForwardToProsecutor',
      data: { forwardedOn: dto.forwardedOn, ...(dto.court ? { court: dto.court } : {}) },
      metadata,
    }));
  }

  @Step(':caseId/close', { summary: 'Close the case without forwarding it, with a reason', ok: CommandAcceptedDto, ids: ['caseId'] })
  close(@Param('caseId', uuid) caseId: string, @Body() dto: CloseWithoutForwardingDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.run(res, caseId, request, (metadata) => ({
      type: 'CloseWithoutForwarding',
      data: { closedOn: dto.closedOn, reason: dto.reason },
      metadata,
    }));
  }

  @Step(':caseId/reopen', { summary: 'Reopen a closed case, with a documented justification', ok: CommandAcceptedDto, ids: ['caseId'] })
  reopen(@Param('caseId', uuid) caseId: string, @Body() dto: ReopenCaseDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.run(res, caseId, request, (metadata) => ({
      type: 'ReopenCase',
      data: { reopenedOn: dto.reopenedOn, justification: dto.justification },
      metadata,
    }));
  }

  private async run(res: Response, caseId: string, request: CommandRequest, build: (metadata: CommandMetadata) => ClearPoliceCaseCommand): Promise<CommandAcceptedDto> {
    const { revision } = await runCommandAnswering(this.commands, res, policeCaseCommands, caseId, request, build);
    return { caseId, revision };
  }
}
