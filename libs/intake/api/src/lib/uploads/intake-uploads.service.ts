import { Inject, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { DomainRuleViolation, fold, forEachWithLimit, type RecordedEvent } from '@casetrail/event-sourcing';
import { uploadStreamId, type UploadCompletedData, type UploadEvent, type UploadKind, type UploadRefusal } from '@casetrail/intake-contracts';
import { uploadDecider, type UploadCommand } from '@casetrail/intake-domain';
import { CommandRunner } from '@casetrail/platform-commands';
import { EVENT_STORE, ProjectionHost, READ_MODEL_STORE, CLOCK, inScope, type AuthenticatedUser, type Clock } from '@casetrail/platform-nest';
import type { EventStore } from '@casetrail/event-sourcing';
import type { ReadModelFilter, ReadModelStore } from '@casetrail/read-models';
import { uploadCommands } from '../commands/intake.targets';
import { spoolUpload } from './upload-body';
import { checkUploadHeader } from './upload-header';
import { uploadRecordsProjection, type UploadRecordSummary } from './upload-records.projection';
import { pageWindow } from '../queries/intake-list-scope';
import { UploadRowRecorder, type RowOutcome, type UploadContext } from './upload-row-recorder';
import { fileRows, type FileRow, type UploadFormat } from './upload-rows';
import type { ListUploadsQuery } from './upload-views.dto';

/** Rows read from the file before they are recorded: the memory an upload holds at once. */
export const UPLOAD_BATCH_ROWS = 500;
/** Rows of a batch recorded at the same time: enough for the store to commit appends in groups, few enough to keep one upload from crowding the others. */
export const UPLOAD_CONCURRENCY = 128;

/** The answer to an upload (`POST /api/intake/uploads/:kind`). */
export interface UploadAnswer {
  uploadId: string;
  kind: UploadKind;
  format: UploadFormat;
  fileName?: string;
  rows: number;
  accepted: number;
  alreadyRecorded: number;
  refused: number;
  refusals: UploadRefusal[];
  repeated: boolean;
}

/** An upload as `GET /api/intake/uploads/:uploadId` shows it: running (counts so far) or its record. */
export type UploadView =
  | (Omit<UploadAnswer, 'refusals' | 'repeated'> & { status: 'running'; startedAt: string })
  | (Omit<UploadAnswer, 'repeated'> & { status: 'completed'; uploadedAt: string; uploadedBy: string });

/** An upload being processed in this process: its counts so far, and the answer it will give. */
interface RunningUpload {
  progress: Omit<UploadAnswer, 'refusals' | 'repeated'> & { province: string | null; startedAt: string };
  done: Promise<UploadAnswer>;
}

/**
 * A bulk upload: the file spooled and hashed, answered from its record if it was uploaded before,
 * else its header checked and its rows recorded in batches (a few at a time), then the record of
 * the file written once (`intake.UploadCompleted`). A run cut short (a crash, a stopped process)
 * leaves no record: the same file sent again finds its rows already recorded and records the rest.
 */
@Injectable()
export class IntakeUploadsService {
  /** Uploads in progress here, by upload id: their progress, read by `GET …/uploads/:uploadId`. */
  private readonly running = new Map<string, RunningUpload>();

  constructor(
    private readonly rows: UploadRowRecorder,
    private readonly commands: CommandRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
    private readonly projections: ProjectionHost,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async upload(context: UploadContext, kind: UploadKind, format: UploadFormat, fileName: string | undefined, body: Readable): Promise<UploadAnswer> {
    const file = await spoolUpload(body, { utf8: format === 'csv' });
    try {
      const uploadId = file.sha256;
      const recorded = await this.recordOf(uploadId);
      if (recorded) return repeatedAnswer(recorded.data);
      // The same file twice at once in this process: the second waits for the first's answer.
      const already = this.running.get(uploadId);
      if (already) return { ...(await already.done), repeated: true };
      const progress = {
        uploadId,
        kind,
        format,
        ...(fileName !== undefined ? { fileName } : {}),
        province: provinceOfUploader(context.user),
        startedAt: this.clock.now().toISOString(),
        rows: 0,
        accepted: 0,
        alreadyRecorded: 0,
        refused: 0,
      };
      const done = this.process(context, file.path, progress);
      this.running.set(uploadId, { progress, done });
      try {
        return await done;
      } finally {
        this.running.delete(uploadId);
      }
    } finally {
      await file.discard();
    }
  }

  private async process(context: UploadContext, path: string, progress: RunningUpload['progress']): Promise<UploadAnswer> {
    const { format } = progress;
    const rows = fileRows(path, format);
    try {
      return await this.recordRows(context, rows, progress);
    } finally {
      // Stopped early (a header refused, a failure): close the file's reader.
      await rows.return(undefined);
    }
  }

  private async recordRows(context: UploadContext, rows: AsyncGenerator<FileRow>, progress: RunningUpload['progress']): Promise<UploadAnswer> {
    const { uploadId, kind } = progress;
    const header = await rows.next();
    if (header.done) throw new UnprocessableEntityException(`The file is empty: its first row must name the columns of ${kind}`);
    const columns = checkUploadHeader(kind, header.value.cells);
    const refusals: UploadRefusal[] = [];
    const tally = (outcome: RowOutcome) => {
      progress[outcome.status] += 1;
      if (outcome.status === 'refused') refusals.push(outcome.refusal);
    };
    let batch: FileRow[] = [];
    for (;;) {
      let next: IteratorResult<FileRow>;
      try {
        next = await rows.next();
      } catch (error) {
        // The file breaks off (an unclosed quote, a damaged workbook): the rows before it are recorded, then the upload stops (422, no record).
        await this.recordBatch(context, kind, columns, batch, tally);
        throw error;
      }
      if (next.done) break;
      const row = next.value;
      progress.rows += 1;
      batch.push(row);
      if (batch.length === UPLOAD_BATCH_ROWS) {
        await this.recordBatch(context, kind, columns, batch, tally);
        batch = [];
      }
    }
    await this.recordBatch(context, kind, columns, batch, tally);
    refusals.sort((a, b) => a.line - b.line);

    const { startedAt: _startedAt, ...counts } = progress;
    try {
      await this.commands.run(uploadCommands, uploadId, (metadata): UploadCommand => ({ type: 'RecordUploadCompleted', data: { ...counts, refusals }, metadata }), {
        issuer: { user: context.user },
        correlationId: context.correlationId,
      });
    } catch (error) {
      // Another process took the same file at the same time and finished first: its record stands.
      const recorded = error instanceof DomainRuleViolation && error.kind === 'conflict' ? await this.recordOf(uploadId) : null;
      if (recorded) return repeatedAnswer(recorded.data);
      throw error;
    }
    const { province: _province, ...answer } = counts;
    return { ...answer, refusals, repeated: false };
  }

  /** Records the rows of a batch, `UPLOAD_CONCURRENCY` at a time; a failure that is not a row's stops the upload. */
  private async recordBatch(context: UploadContext, kind: UploadKind, columns: readonly string[], batch: readonly FileRow[], tally: (outcome: RowOutcome) => void): Promise<void> {
    await forEachWithLimit(batch, UPLOAD_CONCURRENCY, async (row) => tally(await this.recordRow(context, kind, columns, row)));
  }

  private recordRow(context: UploadContext, kind: UploadKind, columns: readonly string[], row: FileRow): Promise<RowOutcome> | RowOutcome {
    if (row.cells.slice(columns.length).some((cell) => cell !== '')) {
      return { status: 'refused', refusal: { line: row.line, reason: 'the row has more cells than the header has columns' } };
    }
    const cells = new Map<string, string>();
    columns.forEach((column, i) => {
      const cell = row.cells[i];
      if (cell !== undefined && cell !== '') cells.set(column, cell);
    });
    return this.rows.record(kind, row.line, cells, context);
  }

  /** The upload as the caller may see it: running here (counts so far), or its record; 404 otherwise or outside their scope. */
  async view(user: AuthenticatedUser, uploadId: string): Promise<UploadView> {
    const running = this.running.get(uploadId);
    if (running && visibleTo(user, running.progress.province)) {
      const { province: _province, ...progress } = running.progress;
      return { ...progress, status: 'running' };
    }
    const recorded = await this.recordOf(uploadId);
    if (!recorded || !visibleTo(user, recorded.data.province)) throw new NotFoundException('No such upload in your scope');
    const { province: _province, ...data } = recorded.data;
    return { ...data, status: 'completed', uploadedAt: recorded.event.recordedAt, uploadedBy: recorded.event.actor.userId };
  }

  /** The uploads recorded in the caller's scope (their provinces; everything for a national user), newest first. */
  async list(user: AuthenticatedUser, query: ListUploadsQuery) {
    const filter: ReadModelFilter = user.provinces === 'all' ? {} : { province: { $in: [...user.provinces] } };
    if (query.kind) filter['kind'] = query.kind;
    // A page past any list (its first row beyond a safe integer) is empty, as in the other intake lists.
    const window = pageWindow(query);
    if (!window) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
    await this.projections.waitUntilCurrent();
    const collection = uploadRecordsProjection.collection;
    const [docs, total] = await Promise.all([
      this.readModels.find<UploadRecordSummary>(collection, filter, { sort: { uploadedAt: -1, uploadId: 1 }, ...window }),
      this.readModels.count(collection, filter),
    ]);
    return { items: docs.map((d) => withoutNullName(d.data)), total, page: query.page, pageSize: query.pageSize };
  }

  private async recordOf(uploadId: string): Promise<{ data: UploadCompletedData; event: RecordedEvent } | null> {
    const events = await this.store.readStream(uploadStreamId(uploadId));
    const state = fold(uploadDecider, events as unknown as UploadEvent[]);
    return state.completed && events[0] ? { data: state.completed, event: events[0] } : null;
  }
}

function repeatedAnswer(data: UploadCompletedData): UploadAnswer {
  const { province: _province, ...answer } = data;
  return { ...answer, repeated: true };
}

/** The province an upload is recorded in: the uploader's (the first of several); null for a national user. */
function provinceOfUploader(user: AuthenticatedUser): string | null {
  return user.provinces === 'all' ? null : (user.provinces[0] ?? null);
}

/** A national user sees every upload; anyone else those of their provinces. */
function visibleTo(user: AuthenticatedUser, province: string | null): boolean {
  return user.provinces === 'all' || (province !== null && inScope(user, province));
}

function withoutNullName(summary: UploadRecordSummary) {
  const { fileName, ...rest } = summary;
  return fileName === null ? rest : { ...rest, fileName };
}
