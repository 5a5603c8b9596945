import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { CommandMetadata } from '@casetrail/event-sourcing';
import { ProtectionCaseEventType } from '@casetrail/protection-contracts';
import { AllowRoles, ApiCommandProblems, CommandStepRoute, uuidParam as uuid } from '@casetrail/platform-nest';
import { CommandRequestParam, CommandRunner, runCommandAnswering, type CommandRequest } from '@casetrail/platform-commands';
import { RegisterProtectionCaseDto } from '../dto/register-protection-case.dto';
import {
  AdmitToShelterDto,
  AssessFamilyDto,
  CloseProtectionCaseDto,
  FileCompensationClaimDto,
  IntegratePersonDto,
  RecordCompensationAwardDto,
  RecordCompensationReceivedDto,
  RecordConsentDto,
  RecordFollowUpVisitDto,
  RecordServiceDto,
  RecordShelterDepartureDto,
  ReferCaseDto,
  ReopenProtectionCaseDto,
} from '../dto/protection-case-steps.dto';
import type { ClearProtectionCaseCommand } from './personal-data-sealing';
import { protectionCaseCommands } from './protection-case.commands';

/** Every step of a case honours If-Match; registering one cannot (a new case has no revision yet). */
const Step = CommandStepRoute('The case revision you last saw (its ETag, e.g. "3"); 409 if the case changed since. A weak tag is refused (400).');

class CaseCommandAcceptedDto {
  @ApiProperty({ format: 'uuid', example: 'c2e8a6b3-1d4f-4e2a-8b7c-6a5d4c3b2a10', description: 'The person id, which is the case id' })
  personId!: string;
  @ApiProperty({ example: 3, description: 'Revision of the case after the command; send it as If-Match next time' })
  revision!: number;
}

class ClaimAcceptedDto extends CaseCommandAcceptedDto {
  @ApiProperty({ format: 'uuid', example: '5b7e2f10-9c3d-4a8e-b1f2-3d4c5e6f7a80', description: 'The new claim id (server-generated UUID v4)' })
  claimId!: string;
}

class VisitAcceptedDto extends CaseCommandAcceptedDto {
  @ApiProperty({ example: 1, description: 'The visit number after the latest integration (1, 2, …)' })
  visitNumber!: number;
}

const SOCIAL_WORKER = 'social_worker';
const PARTNER_WORKER = 'partner_worker';

@ApiTags('protection: cases')
@ApiCommandProblems({
  noun: 'case',
  forbidden: 'Role not allowed, province outside your scope, or (partner workers) an organisation other than your own',
})
@Controller('api/protection/cases')
export class ProtectionCaseCommandsController {
  constructor(private readonly commands: CommandRunner) {}

  @Post()
  @AllowRoles(SOCIAL_WORKER)
  @ApiOperation({ summary: 'Register a person directly (from overseas authorities, judicial police, an NGO, a court, self-referred); police hand-overs open their case themselves' })
  @ApiCreatedResponse({ type: CaseCommandAcceptedDto })
  register(@Body() dto: RegisterProtectionCaseDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    const personId = globalThis.crypto.randomUUID();
    return this.run(res, personId, request, (metadata) => ({
      type: 'RegisterProtectionCase',
      data: {
        personId,
        province: dto.province,
        receivedOn: dto.receivedOn,
        channel: dto.channel,
        sex: dto.sex,
        nationality: dto.nationality,
        exploitationType: dto.exploitationType,
        ...(dto.receivedBy !== undefined ? { receivedBy: dto.receivedBy } : {}),
        ...(dto.entryPoint !== undefined ? { entryPoint: dto.entryPoint } : {}),
        ...(dto.countryReturnedFrom !== undefined ? { countryReturnedFrom: dto.countryReturnedFrom } : {}),
        ...(dto.policeCaseId !== undefined ? { policeCaseId: dto.policeCaseId } : {}),
        ...(dto.handedOverBy !== undefined ? { handedOverBy: dto.handedOverBy } : {}),
        ...(dto.rescuedOn !== undefined ? { rescuedOn: dto.rescuedOn } : {}),
        ...(dto.birthDate !== undefined ? { birthDate: dto.birthDate } : {}),
        ...(dto.ageInYears !== undefined ? { ageInYears: dto.ageInYears } : {}),
        ...(dto.personal ? { personal: { ...dto.personal } } : {}),
      },
      metadata,
    }));
  }

  @Step(':personId/consent', { summary: 'Record what the person (or guardian) agreed to share, with whom and for what; replaces any earlier consent', ok: CaseCommandAcceptedDto, ids: ['personId'] })
  @AllowRoles(SOCIAL_WORKER)
  consent(@Param('personId', uuid) personId: string, @Body() dto: RecordConsentDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.run(res, personId, request, (metadata) => ({
      type: 'RecordConsent',
      data: { givenBy: dto.givenBy, recordedOn: dto.recordedOn, sharing: dto.sharing.map((s) => ({ organisation: s.organisation, purposes: [...s.purposes] })) },
      metadata,
    }));
  }

  @Step(':personId/referrals', { summary: "Refer the case to an organisation (its partner workers may then read it, and see the person's data if the consent shares with it)", ok: CaseCommandAcceptedDto, ids: ['personId'] })
  @AllowRoles(SOCIAL_WORKER)
  refer(@Param('personId', uuid) personId: string, @Body() dto: ReferCaseDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.run(res, personId, request, (metadata) => ({
      type: 'ReferCase',
      data: { organisation: dto.organisation, referredOn: dto.referredOn, purpose: dto.purpose },
      metadata,
    }));
  }

  @Step(':personId/shelter/admission', { summary: 'Admit the person to a shelter (one at a time)', ok: CaseCommandAcceptedDto, ids: ['personId'] })
  @AllowRoles(SOCIAL_WORKER, PARTNER_WORKER)
  admit(@Param('personId', uuid) personId: string, @Body() dto: AdmitToShelterDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.run(res, personId, request, (metadata) => ({
      type: 'AdmitToShelter',
      data: { shelter: dto.shelter, admittedOn: dto.admittedOn, sentBy: dto.sentBy, ...(dto.shelterProvince !== undefined ? { shelterProvince: dto.shelterProvince } : {}) },
      metadata,
    }));
  }

  @Step(':personId/shelter/departure', { summary: 'Record the departure from the shelter the person is in', ok: CaseCommandAcceptedDto, ids: ['personId'] })
  @AllowRoles(SOCIAL_WORKER, PARTNER_WORKER)
  depart(@Param('personId', uuid) personId: string, @Body() dto: RecordShelterDepartureDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.run(res, personId, request, (metadata) => ({
      type: 'RecordShelterDeparture',
      data: { departedOn: dto.departedOn, reason: dto.reason },
      metadata,
    }));
  }

  @Step(':personId/services', { summary: 'Record a service delivered to the person by an organisation', ok: CaseCommandAcceptedDto, ids: ['personId'] })
  @AllowRoles(SOCIAL_WORKER, PARTNER_WORKER)
  service(@Param('personId', uuid) personId: string, @Body() dto: RecordServiceDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.run(res, personId, request, (metadata) => ({
      type: 'RecordService',
      data: { service: dto.service, organisation: dto.organisation, deliveredOn: dto.deliveredOn },
      metadata,
    }));
  }

  @Step(':personId/claims', { summary: 'File a compensation claim for the person, supported by an organisation', created: ClaimAcceptedDto, ids: ['personId'] })
  @AllowRoles(SOCIAL_WORKER, PARTNER_WORKER)
  async fileClaim(@Param('personId', uuid) personId: string, @Body() dto: FileCompensationClaimDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    const claimId = globalThis.crypto.randomUUID();
    const accepted = await this.run(res, personId, request, (metadata) => ({
      type: 'FileCompensationClaim',
      data: { claimId, supportingOrganisation: dto.supportingOrganisation, filedOn: dto.filedOn, ...(dto.courtFileId !== undefined ? { courtFileId: dto.courtFileId } : {}) },
      metadata,
    }));
    return { ...accepted, claimId };
  }

  @Step(':personId/claims/:claimId/award', { summary: 'Record a court\'s award on a claim (a court of this system records its own awards itself)', ok: CaseCommandAcceptedDto, ids: ['personId', 'claimId'] })
  @AllowRoles(SOCIAL_WORKER)
  award(@Param('personId', uuid) personId: string, @Param('claimId', uuid) claimId: string, @Body() dto: RecordCompensationAwardDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.run(res, personId, request, (metadata) => ({
      type: 'RecordCompensationAward',
      data: { claimId, amount: dto.amount, currency: dto.currency, awardedOn: dto.awardedOn },
      metadata,
    }));
  }

  @Step(':personId/claims/:claimId/receipts', { summary: 'Record money received on an awarded claim (possibly in parts, never more than awarded)', ok: CaseCommandAcceptedDto, ids: ['personId', 'claimId'] })
  @AllowRoles(SOCIAL_WORKER, PARTNER_WORKER)
  receipt(@Param('personId', uuid) personId: string, @Param('claimId', uuid) claimId: string, @Body() dto: RecordCompensationReceivedDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.run(res, personId, request, (metadata) => ({
      type: 'RecordCompensationReceived',
      data: { claimId, amount: dto.amount, currency: dto.currency, receivedOn: dto.receivedOn },
      metadata,
    }));
  }

  @Step(':personId/family-assessment', { summary: 'Record the assessment of the family the person would return to', ok: CaseCommandAcceptedDto, ids: ['personId'] })
  @AllowRoles(SOCIAL_WORKER, PARTNER_WORKER)
  assessFamily(@Param('personId', uuid) personId: string, @Body() dto: AssessFamilyDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.run(res, personId, request, (metadata) => ({
      type: 'AssessFamily',
      data: { assessedOn: dto.assessedOn, outcome: dto.outcome, assessedBy: dto.assessedBy },
      metadata,
    }));
  }

  @Step(':personId/integration', {
    summary: 'Integrate the person into the community (not while in a shelter; after a family assessment that is not `not_suitable`); you are the follow-up worker',
    ok: CaseCommandAcceptedDto,
    ids: ['personId'],
  })
  @AllowRoles(SOCIAL_WORKER, PARTNER_WORKER)
  integrate(@Param('personId', uuid) personId: string, @Body() dto: IntegratePersonDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.run(res, personId, request, (metadata) => ({
      type: 'IntegratePerson',
      data: { integratedBy: dto.integratedBy, integratedOn: dto.integratedOn, province: dto.province },
      metadata,
    }));
  }

  @Step(':personId/follow-ups', { summary: 'Record a follow-up visit after the integration', created: VisitAcceptedDto, ids: ['personId'] })
  @AllowRoles(SOCIAL_WORKER, PARTNER_WORKER)
  async followUp(@Param('personId', uuid) personId: string, @Body() dto: RecordFollowUpVisitDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    const { revision, events } = await runCommandAnswering(this.commands, res, protectionCaseCommands, personId, request, (metadata): ClearProtectionCaseCommand => ({
      type: 'RecordFollowUpVisit',
      data: { visitedOn: dto.visitedOn, outcome: dto.outcome, visitedBy: dto.visitedBy },
      metadata,
    }));
    // The decider numbers the visit; the answer names it.
    const visited = events.find((e) => e.type === ProtectionCaseEventType.FollowUpVisited);
    return { personId, revision, visitNumber: (visited?.data as { visitNumber?: number } | undefined)?.visitNumber ?? 0 };
  }

  @Step(':personId/closure', { summary: 'Close the case, with a reason', ok: CaseCommandAcceptedDto, ids: ['personId'] })
  @AllowRoles(SOCIAL_WORKER)
  close(@Param('personId', uuid) personId: string, @Body() dto: CloseProtectionCaseDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.run(res, personId, request, (metadata) => ({
      type: 'CloseProtectionCase',
      data: { closedOn: dto.closedOn, reason: dto.reason },
      metadata,
    }));
  }

  @Step(':personId/reopening', { summary: 'Reopen a closed case, with a justification (back to the stage before closing)', ok: CaseCommandAcceptedDto, ids: ['personId'] })
  @AllowRoles(SOCIAL_WORKER)
  reopen(@Param('personId', uuid) personId: string, @Body() dto: ReopenProtectionCaseDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.run(res, personId, request, (metadata) => ({
      type: 'ReopenProtectionCase',
      data: { reopenedOn: dto.reopenedOn, justification: dto.justification },
      metadata,
    }));
  }

  private async run(res: Response, personId: string, request: CommandRequest, build: (metadata: CommandMetadata) => ClearProtectionCaseCommand): Promise<CaseCommandAcceptedDto> {
    const { revision } = await runCommandAnswering(this.commands, res, protectionCaseCommands, personId, request, build);
    return { personId, revision };
  }
}
