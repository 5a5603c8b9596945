import { Inject, Injectable } from '@nestjs/common';
import { FieldValidationException, ProjectionHost, READ_MODEL_STORE, type AuthenticatedUser } from '@casetrail/platform-nest';
import type { ReadModelFilter, ReadModelStore } from '@casetrail/read-models';
import { personalDataAccessProjection, type PersonalDataAccessRecord } from '../read-model/personal-data-access.projection';
import type { AccessPageDto, AccessRecordDto } from './access-page.dto';
import type { ListAccessesQuery } from './list-accesses.query';

/** Lists recorded accesses for auditors, newest first, within the auditor's provinces. */
@Injectable()
export class AccessAuditQueriesService {
  constructor(
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
    private readonly projections: ProjectionHost,
  ) {}

  async list(user: AuthenticatedUser, query: ListAccessesQuery): Promise<AccessPageDto> {
    if (!query.recordId && !query.userId) {
      throw new FieldValidationException([
        { field: 'recordId', message: 'recordId or userId is required' },
        { field: 'userId', message: 'userId or recordId is required' },
      ]);
    }
    const filter: ReadModelFilter = {};
    if (query.recordId) filter['recordId'] = query.recordId;
    if (query.userId) filter['userId'] = query.userId;
    if (query.personId) filter[`persons.${query.personId}`] = true;
    // A provincial auditor sees accesses to records of their provinces only; national ones see all.
    if (user.provinces !== 'all') filter['recordProvince'] = { $in: [...user.provinces] };

    await this.projections.waitUntilCurrent();
    const collection = personalDataAccessProjection.collection;
    const [docs, total] = await Promise.all([
      this.readModels.find<PersonalDataAccessRecord>(collection, filter, {
        sort: { at: -1, position: -1 },
        skip: (query.page - 1) * query.pageSize,
        limit: query.pageSize,
      }),
      this.readModels.count(collection, filter),
    ]);
    return { items: docs.map((d) => toDto(d.data)), total, page: query.page, pageSize: query.pageSize };
  }
}

function toDto(record: PersonalDataAccessRecord): AccessRecordDto {
  const { persons: _persons, position: _position, ...shown } = record;
  return shown;
}
