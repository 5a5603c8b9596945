import { Module } from '@nestjs/common';
import { CommandsModule } from '@casetrail/platform-commands';
import { ReceptionLookup } from '../commands/reception-lookup';
import { IntakeUploadsController } from './intake-uploads.controller';
import { IntakeUploadsService } from './intake-uploads.service';
import { UploadRowRecorder } from './upload-row-recorder';

export { uploadRecordsProjection } from './upload-records.projection';

/**
 * Bulk uploads of the intake context: its routes, the service that reads a file and the recorder of
 * its rows, which runs the API's commands through the platform's command runner. The intake
 * module imports it; the descriptor lists its projection (the list of uploaded files).
 */
@Module({
  imports: [CommandsModule],
  controllers: [IntakeUploadsController],
  providers: [IntakeUploadsService, UploadRowRecorder, ReceptionLookup],
})
export class IntakeUploadsModule {}
