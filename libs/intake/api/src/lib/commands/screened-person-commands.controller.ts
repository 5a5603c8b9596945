import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { CommandMetadata } from '@casetrail/event-sourcing';
import { AllowRoles, ApiCommandProblems, CommandStepRoute, Problem, uuidParam as uuid } from '@casetrail/platform-nest';
import { CommandRequestParam, CommandRunner, runCommandAnswering, type CommandRequest } from '@casetrail/platform-commands';
import { ReferPersonDto, ReviseScreeningDto, ScreenPersonDto } from '../dto/screening.dto';
import { INTAKE_RECORDERS } from '../intake-roles';
import { intakeRecordId } from './intake-record-ids';
import { screenedPersonCommands } from './intake.targets';
import type { ClearScreenedPersonCommand } from './personal-data-sealing';
import { ReceptionLookup } from './reception-lookup';

const Step = CommandStepRoute('The screened person\'s revision you last saw (its ETag, e.g. "1"); 409 if it changed since. A weak tag is refused (400).');

class ScreeningAcceptedDto {
  @ApiProperty({ format: 'uuid', example: '7f3a2c1d-4b5e-5f60-8a7b-9c0d1e2f3a4b', description: 'The person id: the name-based UUID (v5) of the place and reference; the police and social affairs keep it' })
  personId!: string;
  @ApiProperty({ example: 0, description: 'Revision of the record after the command; send it as If-Match next time' })
  revision!: number;
}

@ApiTags('intake: screenings')
@ApiCommandProblems({ noun: 'screened person', forbidden: 'Role not allowed, or the place is in a province outside your scope' })
@Controller('api/intake/screenings')
export class ScreenedPersonCommandsController {
  constructor(
    private readonly commands: CommandRunner,
    private readonly receptions: ReceptionLookup,
  ) {}

  @Post()
  @AllowRoles(...INTAKE_RECORDERS)
  @ApiOperation({
    summary: 'Record a person interviewed and screened at a reception (named by its reference at the same place)',
    description: 'The name and birth date are sealed under the person\'s own key before anything is stored. The same place and reference again is 409.',
  })
  @ApiCreatedResponse({ type: ScreeningAcceptedDto })
  @ApiNotFoundResponse({ type: Problem, description: 'No reception with receptionReference at this place' })
  async screen(@Body() dto: ScreenPersonDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    const { receptionId, receptionPlace } = await this.receptions.screenedFrom(request.user, dto.place, dto.receptionReference);
    const personId = intakeRecordId('screened-person', dto.place, dto.reference);
    return this.run(res, personId, request, (metadata) => ({
      type: 'ScreenPerson',
      data: {
        personId,
        reference: dto.reference,
        receptionId,
        receptionPlace,
        place: dto.place,
        screenedOn: dto.screenedOn,
        screenedBy: dto.screenedBy,
        outcome: dto.outcome,
        ...(dto.exploitationIndicated !== undefined ? { exploitationIndicated: dto.exploitationIndicated } : {}),
        sex: dto.sex,
        nationality: dto.nationality,
        countryReturnedFrom: dto.countryReturnedFrom,
        ...(dto.birthDate !== undefined ? { birthDate: dto.birthDate } : {}),
        ...(dto.ageInYears !== undefined ? { ageInYears: dto.ageInYears } : {}),
        ...(dto.personal ? { personal: { ...dto.personal } } : {}),
      },
      metadata,
    }));
  }

  @Step(':personId/revisions', { summary: 'Revise the preliminary outcome after a later interview (a different outcome, with a justification)', ok: ScreeningAcceptedDto, ids: ['personId'] })
  @AllowRoles(...INTAKE_RECORDERS)
  revise(@Param('personId', uuid) personId: string, @Body() dto: ReviseScreeningDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.run(res, personId, request, (metadata) => ({
      type: 'ReviseScreening',
      data: {
        outcome: dto.outcome,
        ...(dto.exploitationIndicated !== undefined ? { exploitationIndicated: dto.exploitationIndicated } : {}),
        revisedOn: dto.revisedOn,
        justification: dto.justification,
      },
      metadata,
    }));
  }

  @Step(':personId/referrals', {
    summary: 'Refer the person to the police (a police case is opened or added to), social affairs or a partner (a protection case is opened), or the family',
    ok: ScreeningAcceptedDto,
    ids: ['personId'],
  })
  @AllowRoles(...INTAKE_RECORDERS)
  refer(@Param('personId', uuid) personId: string, @Body() dto: ReferPersonDto, @CommandRequestParam() request: CommandRequest, @Res({ passthrough: true }) res: Response) {
    return this.run(res, personId, request, (metadata) => ({
      type: 'ReferPerson',
      data: {
        destination: dto.destination,
        referredOn: dto.referredOn,
        ...(dto.organisation !== undefined ? { organisation: dto.organisation } : {}),
        ...(dto.policeUnit !== undefined ? { policeUnit: dto.policeUnit } : {}),
        ...(dto.policeCaseId !== undefined ? { policeCaseId: dto.policeCaseId } : {}),
        ...(dto.suspectedOffence !== undefined ? { suspectedOffence: dto.suspectedOffence } : {}),
      },
      metadata,
    }));
  }

  private async run(res: Response, personId: string, request: CommandRequest, build: (metadata: CommandMetadata) => ClearScreenedPersonCommand): Promise<ScreeningAcceptedDto> {
    const { revision } = await runCommandAnswering(this.commands, res, screenedPersonCommands, personId, request, build);
    return { personId, revision };
  }
}
