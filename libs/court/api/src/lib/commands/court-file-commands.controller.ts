import { BadRequestException, Body, Controller, Param, Post, Res, type PipeTransform } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { CommandMetadata } from '@casetrail/event-sourcing';
import { AllowRoles, ApiCommandProblems, CommandStepRoute, uuidParam as uuid } from '@casetrail/platform-nest';
import { CommandRequestParam, CommandRunner, runCommandAnswering, type CommandRequest } from '@casetrail/platform-commands';
import { AddAccusedDto, AddVictimDto } from '../dto/add-person.dto';
import {
  AwardCompensationDto,
  ChargePersonDto,
  DecideProsecutionDto,
  DeliverVerdictDto,
  EndPreTrialDetentionDto,
  ExtendPreTrialDetentionDto,
  IssueClosingOrderDto,
  LodgeAppealDto,
  OrderPreTrialDetentionDto,
  PlaceUnderJudicialSupervisionDto,
  RecordAppealDecisionDto,
} from '../dto/court-file-steps.dto';
import { OpenCourtFileDto } from '../dto/open-court-file.dto';
import { courtFileCommands } from './court-file.commands';
import type { ClearCourtFileCommand } from './personal-data-sealing';

/** Every step of a file honours If-Match; opening one cannot (a new file has no revision yet). */
const Step = CommandStepRoute('The file revision you last saw (its ETag, e.g. "3"); 409 if the file changed since. A weak tag is refused (400).');

class FileCommandAcceptedDto {
  @ApiProperty({ example: '3f5e9c1a-7b2d-4e8f-9a6c-1d2e3f4a5b6c' })
  fileId!: string;
  @ApiProperty({ example: 3, description: 'Revision of the file after the command; send it as If-Match next time' })
  revision!: number;
}

class PersonAcceptedDto extends FileCommandAcceptedDto {
  @ApiProperty({ example: 'b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f', description: 'The new person id (server-generated UUID v4)' })
  personId!: string;
}

class AppealAcceptedDto extends FileCommandAcceptedDto {
  @ApiProperty({ example: 1, description: 'The appeal number in this file (1, 2, …)' })
  appealNumber!: number;
}

/** `appealNumber` in the path: a whole number from 1 (its existence is the decider's). */
const appealNumberPipe: PipeTransform<string, number> = {
  transform(value: string) {
    if (!/^[1-9]\d{0,3}$/.test(value)) throw new BadRequestException('appealNumber must be a whole number from 1 to 9999');
    return Number(value);
  },
};

const JUDGE = 'judge';
const PROSECUTOR = 'prosecutor';

@ApiTags('court: files')
@ApiCommandProblems({ noun: 'file', forbidden: 'Role not allowed (for this step, or in this stage), or court outside your scope' })
@Controller('api/court/files')
export class CourtFileCommandsController {
  constructor(private readonly commands: CommandRunner) {}

  @Post()
  @AllowRoles(PROSECUTOR)
  @ApiOperation({ summary: 'Open a court file (prosecutor), for a case that did not come from a police unit of this system' })
  @ApiCreatedResponse({ type: FileCommandAcceptedDto })
  open(@Body() dto: OpenCourtFileDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    const fileId = globalThis.crypto.randomUUID();
    return this.run(res, fileId, request, (metadata) => ({
      type: 'OpenCourtFile',
      data: { fileId, court: dto.court, openedOn: dto.openedOn, offences: dto.offences, ...(dto.reference ? { reference: dto.reference } : {}) },
      metadata,
    }));
  }

  @Step(':fileId/accused', { summary: 'Add an accused (prosecution or investigation stage)', created: PersonAcceptedDto, ids: ['fileId'] })
  @AllowRoles(PROSECUTOR, JUDGE)
  async addAccused(@Param('fileId', uuid) fileId: string, @Body() dto: AddAccusedDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    const personId = globalThis.crypto.randomUUID();
    const outcome = await this.run(res, fileId, request, (metadata) => ({
      type: 'AddAccused',
      data: { personId, sex: dto.sex, nationality: dto.nationality, birthDate: dto.birthDate, ageInYears: dto.ageInYears, addedOn: dto.addedOn, personal: { ...dto.personal } },
      metadata,
    }));
    return { ...outcome, personId };
  }

  @Step(':fileId/victims', { summary: 'Add a victim (prosecution, investigation or trial stage)', created: PersonAcceptedDto, ids: ['fileId'] })
  @AllowRoles(PROSECUTOR, JUDGE)
  async addVictim(@Param('fileId', uuid) fileId: string, @Body() dto: AddVictimDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    const personId = globalThis.crypto.randomUUID();
    const outcome = await this.run(res, fileId, request, (metadata) => ({
      type: 'AddVictim',
      data: {
        personId,
        sex: dto.sex,
        nationality: dto.nationality,
        birthDate: dto.birthDate,
        ageInYears: dto.ageInYears,
        addedOn: dto.addedOn,
        exploitationType: dto.exploitationType,
        personal: { ...dto.personal },
      },
      metadata,
    }));
    return { ...outcome, personId };
  }

  @Step(':fileId/charges', { summary: 'Charge an accused: the prosecutor in the prosecution stage, the investigating judge in the investigation stage (otherwise 403)', ok: FileCommandAcceptedDto, ids: ['fileId'] })
  @AllowRoles(PROSECUTOR, JUDGE)
  charge(@Param('fileId', uuid) fileId: string, @Body() dto: ChargePersonDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.run(res, fileId, request, (metadata) => ({
      type: 'ChargePerson',
      data: { personId: dto.personId, offences: dto.offences, chargedOn: dto.chargedOn },
      metadata,
    }));
  }

  @Step(':fileId/prosecution-decision', { summary: "The prosecutor's decision: to the investigating judge, to trial, or retained without processing", ok: FileCommandAcceptedDto, ids: ['fileId'] })
  @AllowRoles(PROSECUTOR)
  decideProsecution(@Param('fileId', uuid) fileId: string, @Body() dto: DecideProsecutionDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.run(res, fileId, request, (metadata) => ({
      type: 'DecideProsecution',
      data: {
        action: dto.action,
        decidedOn: dto.decidedOn,
        ...(dto.reason !== undefined ? { reason: dto.reason } : {}),
        ...(dto.trialRoute !== undefined ? { trialRoute: dto.trialRoute } : {}),
        ...(dto.appearedOn !== undefined ? { appearedOn: dto.appearedOn } : {}),
      },
      metadata,
    }));
  }

  @Step(':fileId/accused/:personId/detention', { summary: 'Place a charged accused in pre-trial detention (investigation stage)', ok: FileCommandAcceptedDto, ids: ['fileId', 'personId'] })
  @AllowRoles(JUDGE)
  orderDetention(@Param('fileId', uuid) fileId: string, @Param('personId', uuid) personId: string, @Body() dto: OrderPreTrialDetentionDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.run(res, fileId, request, (metadata) => ({
      type: 'OrderPreTrialDetention',
      data: { personId, orderedOn: dto.orderedOn, offenceClass: dto.offenceClass },
      metadata,
    }));
  }

  @Step(':fileId/accused/:personId/detention/extensions', { summary: 'Extend the pre-trial detention in force, within its legal limit', ok: FileCommandAcceptedDto, ids: ['fileId', 'personId'] })
  @AllowRoles(JUDGE)
  extendDetention(@Param('fileId', uuid) fileId: string, @Param('personId', uuid) personId: string, @Body() dto: ExtendPreTrialDetentionDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.run(res, fileId, request, (metadata) => ({
      type: 'ExtendPreTrialDetention',
      data: { personId, extendedOn: dto.extendedOn, ...(dto.months !== undefined ? { months: dto.months } : {}) },
      metadata,
    }));
  }

  @Step(':fileId/accused/:personId/detention/end', { summary: 'End the pre-trial detention in force', ok: FileCommandAcceptedDto, ids: ['fileId', 'personId'] })
  @AllowRoles(JUDGE)
  endDetention(@Param('fileId', uuid) fileId: string, @Param('personId', uuid) personId: string, @Body() dto: EndPreTrialDetentionDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.run(res, fileId, request, (metadata) => ({
      type: 'EndPreTrialDetention',
      data: { personId, endedOn: dto.endedOn, reason: dto.reason },
      metadata,
    }));
  }

  @Step(':fileId/accused/:personId/judicial-supervision', { summary: 'Leave a charged accused at liberty under judicial supervision (ends a detention in force)', ok: FileCommandAcceptedDto, ids: ['fileId', 'personId'] })
  @AllowRoles(JUDGE)
  supervise(@Param('fileId', uuid) fileId: string, @Param('personId', uuid) personId: string, @Body() dto: PlaceUnderJudicialSupervisionDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.run(res, fileId, request, (metadata) => ({
      type: 'PlaceUnderJudicialSupervision',
      data: { personId, orderedOn: dto.orderedOn },
      metadata,
    }));
  }

  @Step(':fileId/closing-order', { summary: "The investigating judge's closing order: sent to trial, or dismissed", ok: FileCommandAcceptedDto, ids: ['fileId'] })
  @AllowRoles(JUDGE)
  closingOrder(@Param('fileId', uuid) fileId: string, @Body() dto: IssueClosingOrderDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.run(res, fileId, request, (metadata) => ({
      type: 'IssueClosingOrder',
      data: { outcome: dto.outcome, issuedOn: dto.issuedOn },
      metadata,
    }));
  }

  @Step(':fileId/accused/:personId/verdict', { summary: 'A first-instance verdict for a charged accused (trial stage)', ok: FileCommandAcceptedDto, ids: ['fileId', 'personId'] })
  @AllowRoles(JUDGE)
  verdict(@Param('fileId', uuid) fileId: string, @Param('personId', uuid) personId: string, @Body() dto: DeliverVerdictDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.run(res, fileId, request, (metadata) => ({
      type: 'DeliverVerdict',
      data: {
        personId,
        outcome: dto.outcome,
        deliveredOn: dto.deliveredOn,
        ...(dto.termMonths !== undefined ? { termMonths: dto.termMonths } : {}),
        ...(dto.custody !== undefined ? { custody: dto.custody } : {}),
        ...(dto.fine !== undefined ? { fine: { amount: dto.fine.amount, currency: dto.fine.currency } } : {}),
      },
      metadata,
    }));
  }

  @Step(':fileId/compensation', { summary: 'Award compensation to a victim of the file (trial stage)', ok: FileCommandAcceptedDto, ids: ['fileId'] })
  @AllowRoles(JUDGE)
  compensation(@Param('fileId', uuid) fileId: string, @Body() dto: AwardCompensationDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.run(res, fileId, request, (metadata) => ({
      type: 'AwardCompensation',
      data: { victimId: dto.victimId, amount: dto.amount, currency: dto.currency, awardedOn: dto.awardedOn },
      metadata,
    }));
  }

  @Step(':fileId/appeals', { summary: 'Record an appeal against the first-instance judgment', created: AppealAcceptedDto, ids: ['fileId'] })
  @AllowRoles(JUDGE)
  async lodgeAppeal(@Param('fileId', uuid) fileId: string, @Body() dto: LodgeAppealDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    const { revision, events } = await runCommandAnswering(this.commands, res, courtFileCommands, fileId, request, (metadata): ClearCourtFileCommand => ({
      type: 'LodgeAppeal',
      data: { appellant: dto.appellant, lodgedOn: dto.lodgedOn, ...(dto.personId !== undefined ? { personId: dto.personId } : {}) },
      metadata,
    }));
    // The decider numbers the appeal; the answer names it.
    const lodged = events.find((e) => e.type === 'court.AppealLodged');
    return { fileId, revision, appealNumber: (lodged?.data as { appealNumber?: number } | undefined)?.appealNumber ?? 0 };
  }

  @Step(':fileId/appeals/:appealNumber/decision', { summary: "Record the Court of Appeal's decision on an appeal (the first-instance verdict never changes)", ok: FileCommandAcceptedDto, ids: ['fileId'] })
  @AllowRoles(JUDGE)
  @ApiParam({ name: 'appealNumber', schema: { type: 'integer', minimum: 1, maximum: 9999 } })
  appealDecision(@Param('fileId', uuid) fileId: string, @Param('appealNumber', appealNumberPipe) appealNumber: number, @Body() dto: RecordAppealDecisionDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.run(res, fileId, request, (metadata) => ({
      type: 'RecordAppealDecision',
      data: { appealNumber, decision: dto.decision, decidedOn: dto.decidedOn },
      metadata,
    }));
  }

  private async run(res: Response, fileId: string, request: CommandRequest, build: (metadata: CommandMetadata) => ClearCourtFileCommand): Promise<FileCommandAcceptedDto> {
    const { revision } = await runCommandAnswering(this.commands, res, courtFileCommands, fileId, request, build);
    return { fileId, revision };
  }
}
