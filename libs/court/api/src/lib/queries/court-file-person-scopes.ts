import { Inject, Injectable } from '@nestjs/common';
import { ProjectionHost, READ_MODEL_STORE } from '@casetrail/platform-nest';
import type { PersonScopeResolver } from '@casetrail/personal-data';
import type { ReadModelStore } from '@casetrail/read-models';
import { filesNamingFilter, personFilesProjection, type PersonsInFile } from '../projections/person-files.projection';

/** A person's provinces as the court knows them: the provinces of the files naming them (accused or victim). */
@Injectable()
export class CourtFilePersonScopes implements PersonScopeResolver {
  constructor(
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
    private readonly projections: ProjectionHost,
  ) {}

  async provincesOf(personId: string): Promise<readonly string[]> {
    await this.projections.waitUntilCurrent();
    const files = await this.readModels.find<PersonsInFile>(personFilesProjection.collection, filesNamingFilter(personId));
    return files.map((f) => f.data.province);
  }
}
