import { Global, Module, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { App } from 'supertest/types';
import { ProblemDetailsFilter, ProjectionHost, READ_MODEL_STORE, strictValidationPipe, type AuthenticatedUser } from '@casetrail/platform-nest';
import type { ReadModelStore } from '@casetrail/read-models';
import type { CourtFileFacts, PoliceCaseFacts, ProtectionCaseFacts, ReceptionFacts, ReturnedBodyFacts, ScreenedPersonFacts } from '@casetrail/statistics-domain';
import { forwardedCourtFile, forwardedPoliceCase, imprisonedAccused } from '../court/court-statistics.examples';
import { COURT_FILE_FACTS_COLLECTION } from '../projections/court-file-facts.projection';
import {
  INTAKE_BODY_FACTS_COLLECTION,
  INTAKE_PERSON_FACTS_COLLECTION,
  INTAKE_RECEPTION_FACTS_COLLECTION,
  receptionFactsDocument,
  returnedBodyFactsDocument,
  screenedPersonFactsDocument,
} from '../projections/intake-facts.projection';
import { POLICE_CASE_FACTS_COLLECTION, policeCaseFactsDocument } from '../projections/police-case-facts.projection';
import { PROTECTION_CASE_FACTS_COLLECTION, protectionCaseFactsDocument } from '../projections/protection-case-facts.projection';
import { StatisticsModule } from '../statistics.module';

/*
 * What the statistics API tests share: synthetic facts (built as the OpenAPI examples are), the
 * facts written where the projections keep them, and the statistics routes served in-process.
 */

/** A police case still open at the police: `forwardedCase` before it was forwarded. */
export function openCase(caseId: string, province: string): PoliceCaseFacts {
  return { ...forwardedPoliceCase(caseId, province), status: 'open', forwardedOn: null };
}

/** A police case forwarded to the court of its province in 2020. */
export const forwardedCase = forwardedPoliceCase;

/** The court file of `forwardedCase`, at trial: one accused, imprisoned in 2020. */
export function courtFile(fileId: string, province: string): CourtFileFacts {
  return forwardedCourtFile(fileId, province, {
    sentToTrialOn: '2020-06-01',
    victimAgeBand: 'under_15',
    accused: [imprisonedAccused('s', '2020-03-01', '2020-09-01')],
  });
}

/** Writes the facts as the projections would: one document per police case, court file, protection case and intake record, named by its stream. */
export async function writeFacts(
  store: ReadModelStore,
  facts: {
    courtFiles?: CourtFileFacts[];
    policeCases?: PoliceCaseFacts[];
    protectionCases?: ProtectionCaseFacts[];
    receptions?: ReceptionFacts[];
    screenedPersons?: ScreenedPersonFacts[];
    bodies?: ReturnedBodyFacts[];
  },
): Promise<void> {
  const { courtFiles = [], policeCases = [], protectionCases = [], receptions = [], screenedPersons = [], bodies = [] } = facts;
  if (receptions.length > 0) {
    await store.write(INTAKE_RECEPTION_FACTS_COLLECTION, receptions.map((d) => ({ id: `intake-reception-${d.receptionId}`, expectedVersion: null, data: receptionFactsDocument(d), applied: null })));
  }
  if (screenedPersons.length > 0) {
    await store.write(INTAKE_PERSON_FACTS_COLLECTION, screenedPersons.map((d) => ({ id: `intake-person-${d.personId}`, expectedVersion: null, data: screenedPersonFactsDocument(d), applied: null })));
  }
  if (bodies.length > 0) {
    await store.write(INTAKE_BODY_FACTS_COLLECTION, bodies.map((d) => ({ id: `intake-body-${d.bodyId}`, expectedVersion: null, data: returnedBodyFactsDocument(d), applied: null })));
  }
  if (protectionCases.length > 0) {
    await store.write(
      PROTECTION_CASE_FACTS_COLLECTION,
      protectionCases.map((d) => ({ id: `protection-case-${d.personId}`, expectedVersion: null, data: protectionCaseFactsDocument(d), applied: null })),
    );
  }
  if (courtFiles.length > 0) {
    await store.write(COURT_FILE_FACTS_COLLECTION, courtFiles.map((d) => ({ id: `court-file-${d.fileId}`, expectedVersion: null, data: d, applied: null })));
  }
  if (policeCases.length > 0) {
    await store.write(POLICE_CASE_FACTS_COLLECTION, policeCases.map((d) => ({ id: `enforcement-case-${d.caseId}`, expectedVersion: null, data: policeCaseFactsDocument(d), applied: null })));
  }
}

/**
 * The statistics routes over real HTTP in-process, reading `store`, with the platform's validation
 * pipe and problem filter, but without the token guard (the e2e suites cover authentication): the
 * caller is `caller()` at each request.
 */
export async function startStatisticsRoutes(store: ReadModelStore, caller: () => AuthenticatedUser): Promise<INestApplication<App>> {
  // The tests write the facts themselves, not through projections: tables are read from the documents.
  const host = { waitUntilCurrent: async () => undefined, writesAlone: () => false };
  @Global()
  @Module({ providers: [{ provide: READ_MODEL_STORE, useValue: store }, { provide: ProjectionHost, useValue: host }], exports: [READ_MODEL_STORE, ProjectionHost] })
  class FakePlatformModule {}
  const moduleRef = await Test.createTestingModule({ imports: [FakePlatformModule, StatisticsModule] }).compile();
  const app = moduleRef.createNestApplication<INestApplication<App>>();
  app.use((req: { user?: AuthenticatedUser }, _res: unknown, next: () => void) => {
    req.user = caller();
    next();
  });
  app.useGlobalPipes(strictValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  await app.init();
  return app;
}
