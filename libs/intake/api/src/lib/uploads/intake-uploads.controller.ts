import { BadRequestException, Controller, Get, HttpCode, Injectable, Param, PayloadTooLargeException, Post, Query, Req, type PipeTransform } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { UPLOAD_FORMATS, UPLOAD_KINDS, type UploadKind } from '@casetrail/intake-contracts';
import { AllowRoles, CorrelationId, CurrentUser, Problem, RequestBodyTypes, type AuthenticatedUser } from '@casetrail/platform-nest';
import { INTAKE_READERS, INTAKE_RECORDERS } from '../intake-roles';
import { IntakeUploadsService } from './intake-uploads.service';
import { MAX_UPLOAD_BYTES } from './upload-body';
import { CSV_MEDIA_TYPE, XLSX_MEDIA_TYPE } from './upload-rows';
import { ListUploadsQuery, UploadAnswerDto, UploadFileQuery, UploadPageDto, UploadViewDto } from './upload-views.dto';


@Injectable()
class UploadKindPipe implements PipeTransform<unknown, UploadKind> {
  transform(value: unknown): UploadKind {
    if (!(UPLOAD_KINDS as readonly unknown[]).includes(value)) throw new BadRequestException(`kind must be one of ${UPLOAD_KINDS.join(', ')}`);
    return value as UploadKind;
  }
}

@Injectable()
class UploadIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    if (typeof value !== 'string' || !/^[0-9a-f]{64}$/.test(value)) throw new BadRequestException('uploadId must be the SHA-256 of the file in lower-case hex');
    return value;
  }
}

const FORMATS_DOC = UPLOAD_KINDS.map((kind) => `${kind}: ${UPLOAD_FORMATS[kind].required.join(', ')}${UPLOAD_FORMATS[kind].optional.length ? ` [${UPLOAD_FORMATS[kind].optional.join(', ')}]` : ''}`).join('; ');

@ApiTags('intake: uploads')
@ApiBadRequestResponse({ type: Problem })
@ApiUnauthorizedResponse({ type: Problem })
@ApiForbiddenResponse({ type: Problem, description: 'Role not allowed' })
// Those who record receptions, screenings and bodies upload files of them; the records of uploads
// hold counts and refusals without values, so the readers of the lists read them.
@Controller('api/intake/uploads')
export class IntakeUploadsController {
  constructor(private readonly uploads: IntakeUploadsService) {}

  @Post(':kind')
  @HttpCode(200)
  @AllowRoles(...INTAKE_RECORDERS)
  @RequestBodyTypes(CSV_MEDIA_TYPE, XLSX_MEDIA_TYPE)
  @ApiOperation({
    summary: 'Upload a file of receptions, screened persons or returned bodies: each row checked and recorded as through the API',
    description:
      'The body is the file itself (CSV in UTF-8, or an XLSX workbook: its first sheet), its first row naming the columns: ' +
      `${FORMATS_DOC}. Values as the API takes them (codes, dates YYYY-MM-DD); an empty cell is an absent value. ` +
      'A screening row with referral_* columns is also referred. Rows outside your provinces are refused. The same file again (same SHA-256) ' +
      'appends nothing and answers its record (repeated: true); a row recorded before with the same figures counts as alreadyRecorded, ' +
      'with other figures it is refused. Progress while it runs: GET /api/intake/uploads/{uploadId} (the SHA-256 of the file).',
  })
  @ApiParam({ name: 'kind', enum: UPLOAD_KINDS })
  @ApiBody({ description: 'The file', schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: UploadAnswerDto, description: 'The counts and every refused row (line, column, reason; never a value)' })
  @ApiPayloadTooLargeResponse({ type: Problem, description: 'The file is larger than the limit' })
  @ApiUnsupportedMediaTypeResponse({ type: Problem, description: 'Not text/csv nor an XLSX workbook, or sent with a Content-Encoding' })
  @ApiUnprocessableEntityResponse({ type: Problem, description: 'The header does not name the columns of the kind (nothing recorded), or the file cannot be read' })
  upload(
    @Param('kind', new UploadKindPipe()) kind: UploadKind,
    @Query() query: UploadFileQuery,
    @CurrentUser() user: AuthenticatedUser,
    @CorrelationId() correlationId: string,
    @Req() req: Request,
  ) {
    // A coded body (Content-Encoding) never gets here: the HTTP edge refuses it for every route (refuseCodedBodies).
    // A file announced too large is refused before a byte is read (a chunked one, when it passes the limit).
    if (Number(req.headers['content-length']) > MAX_UPLOAD_BYTES) throw new PayloadTooLargeException(`The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MiB; split it`);
    // The body is read here, as a stream: no body parser of the app takes these media types.
    const format = req.is(XLSX_MEDIA_TYPE) ? 'xlsx' : 'csv';
    return this.uploads.upload({ user, correlationId }, kind, format, query.fileName, req);
  }

  @Get()
  @AllowRoles(...INTAKE_READERS)
  @ApiOperation({ summary: 'The files uploaded in your provinces (all for a national user), newest first: counts only' })
  @ApiOkResponse({ type: UploadPageDto })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListUploadsQuery) {
    return this.uploads.list(user, query);
  }

  @Get(':uploadId')
  @AllowRoles(...INTAKE_READERS)
  @ApiOperation({ summary: 'An upload: while it runs, the rows read and counted so far; once done, its record with the refusals' })
  @ApiParam({ name: 'uploadId', schema: { type: 'string', pattern: '^[0-9a-f]{64}$' }, description: 'SHA-256 (hex) of the file' })
  @ApiOkResponse({ type: UploadViewDto })
  @ApiNotFoundResponse({ type: Problem, description: 'No such upload running or recorded in your scope' })
  view(@Param('uploadId', new UploadIdPipe()) uploadId: string, @CurrentUser() user: AuthenticatedUser) {
    return this.uploads.view(user, uploadId);
  }
}
