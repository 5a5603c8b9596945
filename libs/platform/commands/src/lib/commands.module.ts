import { Module } from '@nestjs/common';
import { PersonalDataModule } from '@casetrail/personal-data';
import { CommandRunner } from './command-runner';

/** The command runner, for a context's module to import. */
@Module({
  imports: [PersonalDataModule],
  providers: [CommandRunner],
  exports: [CommandRunner],
})
export class CommandsModule {}
