import request from 'supertest';
import { randomBytes } from 'node:crypto';
import { LocalAccounts, LocalUserStore } from '@casetrail/local-accounts';
import type { Role } from '@casetrail/platform-nest';
import { UNITS_OF_ROLE } from '../../../apps/casetrail/src/units-of-role';
import type { EmbeddedApp } from '../../support/embedded-app';
import { courtFileOfForwarding } from '../../support/court-forwarding';
import { PoliceCaseDriver } from '../../support/police-case-driver';
import { protectionCaseOfHandOver } from '../../support/protection-hand-over';
import { ACCUSED_BODY, COURT_DATES, COURT_VICTIM_BODY, CourtFixtures } from './court-fixtures';
import { PROTECTION_DATES, ProtectionFixtures, partnerOf, partnerUnitOf, registerBody, type ProtectionCaseStep } from './protection-fixtures';
import { INTAKE_DATES, IntakeFixtures, bodyBody, bodyCorrection, receptionBody, receptionCorrection, receptionsCsv, screeningBody } from './intake-fixtures';
import { HOME, objectProvince, routeScopeOf, tokenProvinces, type RouteScope, type ScopeVariant } from './expected-status';
import {
  documentedSuccess,
  operationOf,
  requestBodySchema,
  requiredQuery,
  sampleOf,
  type OpenApiDocument,
  type OpenApiOperation,
} from './openapi-document';
import { pathParameters, routeKey, type RouteEntry } from './route-inventory';

/** The records a path or query parameter can name, by parameter name. */
export type RecordIds = Record<string, string>;

/** Parameter names that name a fixture under another name. */
const ALIASES: Record<string, string> = { recordId: 'caseId' };
/** Path parameters that name no record, and the value a request uses (`NON_RECORD_PARAMETERS`). */
const PATH_VALUES: Record<string, string> = { kind: 'receptions' };
/** Under a path prefix, parameter names that name yet another fixture: a protection case's person is the handed-over victim, intake's the screened person. */
const ROUTE_ALIASES: ReadonlyArray<readonly [string, Record<string, string>]> = [
  ['/api/protection/', { personId: 'protectedPersonId' }],
  ['/api/intake/', { personId: 'screenedPersonId' }],
];

function fixtureNameOf(path: string, name: string): string {
  const aliases = ROUTE_ALIASES.find(([prefix]) => path.startsWith(prefix))?.[1] ?? {};
  return aliases[name] ?? ALIASES[name] ?? name;
}

/**
 * How to make a fresh, valid request to a state-changing route: the state it needs (made by
 * police of the record's province) and a body where the document's examples do not suffice.
 * A route with a recipe is expected to answer exactly its documented success when allowed.
 */
interface Recipe {
  /** `court` makes court files (by the province's prosecutor and judge); `role` is the caller's, for a step whose state depends on it; `world.protection` makes protection cases. */
  prepare?(police: PoliceCaseDriver, province: string, court: CourtFixtures, role: Role | undefined, world: SecurityWorld): Promise<RecordIds>;
  body?(province: string, variant: ScopeVariant, ids: RecordIds): object;
  /** A body that is not JSON (a file), with its media type. */
  raw?(province: string): { contentType: string; body: string };
}

export const fixtureUser = (province: string) => `police-${province}-fixtures`;

const openedIn = (police: PoliceCaseDriver, province: string) => police.open(openCaseBody(province));

export function openCaseBody(province: string, unit: { code: string; type: string } = { code: `police-${province}`, type: 'provincial_police' }) {
  return { unit, province, offences: ['trafficking_in_persons_with_purpose'], openedOn: '2020-03-14' };
}

/**
 * The unit of the matrix's police tokens: a national officer is of the national AHTJP
 * department, a provincial one of the HOME province's police. A case is recorded under the
 * caller's own unit, so a national officer opens one as the department (in any province) and a
 * provincial officer as the HOME police (out of scope in AWAY: 403 for the province).
 */
function policeUnitOf(variant: ScopeVariant) {
  return variant === 'national' ? { code: 'ahtjp-national', type: 'ahtjp_department' } : { code: `police-${HOME}`, type: 'provincial_police' };
}

export const SUSPECT_BODY = { sex: 'M', ageAtIdentification: 35, nationality: 'KHM', identifiedOn: '2020-03-15' };
export const VICTIM_BODY = { sex: 'F', ageAtRescue: 16, nationality: 'KHM', exploitationType: 'sexual', rescuedOn: '2020-03-15' };

const withSuspect = async (police: PoliceCaseDriver, province: string, arrested: boolean) => {
  const caseId = await openedIn(police, province);
  const suspectId = await police.suspect(caseId, SUSPECT_BODY);
  if (arrested) await police.arrest(caseId, suspectId, '2020-03-16');
  return { caseId, suspectId };
};

/** The local account the public sign-in route is called with (made when the world starts). */
export const SESSION_CREDENTIALS = { username: 'matrix.signin', password: 'matrix sign-in password' };
const MATRIX_PASSWORD = 'matrix user password';

/** A fresh local police user of the province, for the admin routes that act on one. */
async function localUserIn(world: SecurityWorld, province: string): Promise<RecordIds> {
  const user = await world.accounts().create({ ...newLocalUser(province), password: MATRIX_PASSWORD });
  return { userId: user.id };
}

/** A valid body for creating a user: a new username each time (a second create of one name is 409). */
function newLocalUser(province: string) {
  return { username: `matrix-${randomBytes(6).toString('hex')}`, name: 'Synthetic User (matrix)', role: 'police' as const, provinces: [province], unit: `police-${province}`, password: MATRIX_PASSWORD };
}

/** A protection case of the province up to a step (see `ProtectionFixtures`). */
const protectionCase = (upTo: ProtectionCaseStep): Recipe['prepare'] => (_p, province, _c, _r, world) => world.protection.case(province, upTo);

/**
 * The protection steps: each on a fresh case referred to the province's partner, naming that
 * partner where a step names an organisation, so that a partner worker of it (the matrix's
 * partner tokens) takes the step as their own organisation.
 */
const PROTECTION_RECIPES: Record<string, Recipe> = {
  'POST /api/protection/cases': { body: (province) => registerBody(province) },
  'POST /api/protection/cases/{personId}/consent': {
    prepare: protectionCase('opened'),
    body: (province) => ({ givenBy: 'person', recordedOn: PROTECTION_DATES.consent, sharing: [{ organisation: partnerOf(province), purposes: ['services'] }] }),
  },
  'POST /api/protection/cases/{personId}/referrals': { prepare: protectionCase('opened'), body: () => ({ organisation: 'ngo-a21', referredOn: PROTECTION_DATES.referred, purpose: 'shelter' }) },
  'POST /api/protection/cases/{personId}/shelter/admission': {
    prepare: protectionCase('opened'),
    body: (province) => ({ shelter: partnerOf(province), admittedOn: PROTECTION_DATES.admitted, sentBy: `dosvy-${province}` }),
  },
  'POST /api/protection/cases/{personId}/shelter/departure': { prepare: protectionCase('sheltered'), body: () => ({ departedOn: PROTECTION_DATES.departed, reason: 'returned_to_family' }) },
  'POST /api/protection/cases/{personId}/services': {
    prepare: protectionCase('opened'),
    body: (province) => ({ service: 'psychosocial', organisation: partnerOf(province), deliveredOn: PROTECTION_DATES.service }),
  },
  'POST /api/protection/cases/{personId}/claims': { prepare: protectionCase('opened'), body: (province) => ({ supportingOrganisation: partnerOf(province), filedOn: PROTECTION_DATES.filed }) },
  'POST /api/protection/cases/{personId}/claims/{claimId}/award': { prepare: protectionCase('claimed'), body: () => ({ amount: 250000, currency: 'USD', awardedOn: PROTECTION_DATES.awarded }) },
  'POST /api/protection/cases/{personId}/claims/{claimId}/receipts': { prepare: protectionCase('awarded'), body: () => ({ amount: 100000, currency: 'USD', receivedOn: PROTECTION_DATES.moneyReceived }) },
  'POST /api/protection/cases/{personId}/family-assessment': {
    prepare: protectionCase('opened'),
    body: (province) => ({ assessedOn: PROTECTION_DATES.assessed, outcome: 'suitable', assessedBy: partnerOf(province) }),
  },
  'POST /api/protection/cases/{personId}/integration': {
    prepare: protectionCase('assessed'),
    body: (province) => ({ integratedBy: partnerOf(province), integratedOn: PROTECTION_DATES.integrated, province }),
  },
  'POST /api/protection/cases/{personId}/follow-ups': {
    prepare: protectionCase('integrated'),
    body: (province) => ({ visitedOn: PROTECTION_DATES.visited, outcome: 'stable', visitedBy: partnerOf(province) }),
  },
  'POST /api/protection/cases/{personId}/closure': { prepare: protectionCase('opened'), body: () => ({ closedOn: PROTECTION_DATES.closed, reason: 'declined_services' }) },
  'POST /api/protection/cases/{personId}/reopening': { prepare: protectionCase('closed'), body: () => ({ reopenedOn: PROTECTION_DATES.reopened, justification: 'Family situation changed (matrix)' }) },
};

/**
 * The intake steps: each on fresh records at the province's place (`intakePlaceOf`), made by a
 * national border official; a screening names a fresh reception of the place by its reference.
 */
const INTAKE_RECIPES: Record<string, Recipe> = {
  'POST /api/intake/receptions': { body: (province) => receptionBody(province) },
  'POST /api/intake/receptions/{receptionId}/corrections': { prepare: (_p, province, _c, _r, world) => world.intake.reception(province), body: (province) => receptionCorrection(province) },
  'POST /api/intake/receptions/{receptionId}/withdrawal': {
    prepare: (_p, province, _c, _r, world) => world.intake.reception(province),
    body: () => ({ withdrawnOn: INTAKE_DATES.withdrawn, justification: 'Entered twice (matrix)' }),
  },
  'POST /api/intake/screenings': {
    prepare: (_p, province, _c, _r, world) => world.intake.reception(province),
    body: (province, _variant, ids) => screeningBody(province, ids['receptionReference']!),
  },
  'POST /api/intake/screenings/{personId}/revisions': {
    prepare: (_p, province, _c, _r, world) => world.intake.screenedPerson(province),
    body: () => ({ outcome: 'person_at_risk', exploitationIndicated: 'at_risk', revisedOn: INTAKE_DATES.revised, justification: 'A second interview (matrix)' }),
  },
  'POST /api/intake/screenings/{personId}/referrals': {
    prepare: (_p, province, _c, _r, world) => world.intake.screenedPerson(province),
    body: () => ({ destination: 'family', referredOn: INTAKE_DATES.referred }),
  },
  'POST /api/intake/bodies': { body: (province) => bodyBody(province) },
  // A fresh file of one reception at the province's place (a HOME token's row at AWAY's place is refused in a 200 answer).
  'POST /api/intake/uploads/{kind}': { raw: (province) => ({ contentType: 'text/csv', body: receptionsCsv(province) }) },
  'POST /api/intake/bodies/{bodyId}/corrections': { prepare: (_p, province, _c, _r, world) => world.intake.body(province), body: (province) => bodyCorrection(province) },
};

const RECIPES: Record<string, Recipe> = {
  ...PROTECTION_RECIPES,
  ...INTAKE_RECIPES,
  'POST /api/session': { body: () => SESSION_CREDENTIALS },
  'POST /api/admin/users': { body: (province) => newLocalUser(province) },
  'PATCH /api/admin/users/{userId}': { prepare: (_p, province, _c, _r, world) => localUserIn(world, province), body: () => ({ name: 'Renamed User (matrix)' }) },
  'POST /api/admin/users/{userId}/password': { prepare: (_p, province, _c, _r, world) => localUserIn(world, province), body: () => ({ password: 'another matrix password' }) },
  'POST /api/enforcement/cases': { body: (province, variant) => openCaseBody(province, policeUnitOf(variant)) },
  'POST /api/enforcement/cases/{caseId}/offences': { prepare: async (p, province) => ({ caseId: await openedIn(p, province) }) },
  'POST /api/enforcement/cases/{caseId}/suspects': { prepare: async (p, province) => ({ caseId: await openedIn(p, province) }), body: () => SUSPECT_BODY },
  'POST /api/enforcement/cases/{caseId}/suspects/{suspectId}/arrest': { prepare: (p, province) => withSuspect(p, province, false) },
  'POST /api/enforcement/cases/{caseId}/suspects/{suspectId}/release': { prepare: (p, province) => withSuspect(p, province, true) },
  'POST /api/enforcement/cases/{caseId}/victims': { prepare: async (p, province) => ({ caseId: await openedIn(p, province) }), body: () => VICTIM_BODY },
  'POST /api/enforcement/cases/{caseId}/victims/{victimId}/hand-over': {
    prepare: async (p, province) => {
      const caseId = await openedIn(p, province);
      return { caseId, victimId: await p.victim(caseId, VICTIM_BODY) };
    },
  },
  'POST /api/enforcement/cases/{caseId}/forward': { prepare: (p, province) => withSuspect(p, province, true) },
  'POST /api/enforcement/cases/{caseId}/close': { prepare: async (p, province) => ({ caseId: await openedIn(p, province) }) },
  'POST /api/enforcement/cases/{caseId}/reopen': {
    prepare: async (p, province) => {
      const caseId = await openedIn(p, province);
      const closed = await p.post(`/api/enforcement/cases/${caseId}/close`, { closedOn: '2020-04-01', reason: 'insufficient_evidence' });
      if (closed.status !== 200) throw new Error(`close failed: ${closed.status} ${JSON.stringify(closed.body)}`);
      return { caseId };
    },
  },
  'POST /api/court/files': { body: (province) => ({ court: `court-${province}`, openedOn: COURT_DATES.opened, offences: ['trafficking_in_persons_with_purpose'] }) },
  'POST /api/court/files/{fileId}/accused': { prepare: (_p, province, court) => court.file(province, 'opened'), body: () => ACCUSED_BODY },
  'POST /api/court/files/{fileId}/victims': { prepare: (_p, province, court) => court.file(province, 'opened'), body: () => COURT_VICTIM_BODY },
  // The prosecutor charges in the prosecution stage, the investigating judge in the investigation.
  'POST /api/court/files/{fileId}/charges': {
    prepare: (_p, province, court, role) => (role === 'judge' ? court.file(province, 'investigation', { uncharged: true }) : court.file(province, 'accused')),
    body: (_province, _variant, ids) => ({ personId: ids['personId'], offences: ['trafficking_in_persons_with_purpose'], chargedOn: COURT_DATES.chargedByJudge }),
  },
  'POST /api/court/files/{fileId}/prosecution-decision': {
    prepare: (_p, province, court) => court.file(province, 'accused'),
    body: () => ({ action: 'submitted_for_investigation', decidedOn: COURT_DATES.decided }),
  },
  'POST /api/court/files/{fileId}/accused/{personId}/detention': {
    prepare: (_p, province, court) => court.file(province, 'investigation'),
    body: () => ({ orderedOn: COURT_DATES.detained, offenceClass: 'felony' }),
  },
  'POST /api/court/files/{fileId}/accused/{personId}/detention/extensions': {
    prepare: (_p, province, court) => court.file(province, 'detained'),
    body: () => ({ extendedOn: COURT_DATES.extended }),
  },
  'POST /api/court/files/{fileId}/accused/{personId}/detention/end': {
    prepare: (_p, province, court) => court.file(province, 'detained'),
    body: () => ({ endedOn: COURT_DATES.detentionEnded, reason: 'release_order' }),
  },
  'POST /api/court/files/{fileId}/accused/{personId}/judicial-supervision': {
    prepare: (_p, province, court) => court.file(province, 'investigation'),
    body: () => ({ orderedOn: COURT_DATES.detained }),
  },
  'POST /api/court/files/{fileId}/closing-order': {
    prepare: (_p, province, court) => court.file(province, 'investigation'),
    body: () => ({ outcome: 'sent_to_trial', issuedOn: COURT_DATES.closingOrder }),
  },
  // A fine: the nested `fine` object is then part of the valid body (mass assignment adds keys to it).
  'POST /api/court/files/{fileId}/accused/{personId}/verdict': {
    prepare: (_p, province, court) => court.file(province, 'trial'),
    body: () => ({ outcome: 'fine', deliveredOn: COURT_DATES.verdict, fine: { amount: 400000, currency: 'KHR' } }),
  },
  'POST /api/court/files/{fileId}/compensation': {
    prepare: (_p, province, court) => court.file(province, 'trial'),
    body: (_province, _variant, ids) => ({ victimId: ids['victimId'], amount: 2000000, currency: 'KHR', awardedOn: COURT_DATES.verdict }),
  },
  'POST /api/court/files/{fileId}/appeals': {
    prepare: (_p, province, court) => court.file(province, 'judged'),
    body: () => ({ appellant: 'prosecutor', lodgedOn: COURT_DATES.appeal }),
  },
  'POST /api/court/files/{fileId}/appeals/{appealNumber}/decision': {
    prepare: (_p, province, court) => court.file(province, 'appealed'),
    body: () => ({ decision: 'upheld', decidedOn: COURT_DATES.appealDecided }),
  },
  'POST /api/admin/persons/{personId}/forget': {
    prepare: async (p, province) => {
      const caseId = await openedIn(p, province);
      const personId = await p.suspect(caseId, { ...SUSPECT_BODY, personal: { fullName: 'Synthetic Person (matrix)' } });
      return { caseId, personId };
    },
  },
};

/** A request ready to send, and what the document says success looks like. */
export interface PreparedRequest {
  method: string;
  url: string;
  body?: object | string;
  /** The media type of a body that is not JSON. */
  contentType?: string;
  success: number | undefined;
}

/**
 * The fixtures of the security suites on one running app: records in each province made through
 * the API by that province's police, tokens per role and scope, and valid requests per route.
 */
export class SecurityWorld {
  private readonly shared = new Map<string, Promise<RecordIds>>();
  private readonly tokens = new Map<string, Promise<string>>();
  readonly court: CourtFixtures;
  readonly protection: ProtectionFixtures;
  readonly intake: IntakeFixtures;

  constructor(
    readonly app: EmbeddedApp,
    readonly document: OpenApiDocument,
  ) {
    this.court = new CourtFixtures(app);
    this.protection = new ProtectionFixtures(app);
    this.intake = new IntakeFixtures(app);
  }

  static async start(app: EmbeddedApp): Promise<SecurityWorld> {
    const docs = await request(app.http).get('/docs/openapi.json');
    if (docs.status !== 200) throw new Error(`GET /docs/openapi.json answered ${docs.status}`);
    const world = new SecurityWorld(app, docs.body as OpenApiDocument);
    if (!world.accounts().store.findByUsername(SESSION_CREDENTIALS.username)) await world.accounts().create({ ...SESSION_CREDENTIALS, name: 'Synthetic Statistician (matrix)', role: 'statistician', provinces: ['*'] });
    return world;
  }

  /** The app's local accounts, as `npm run users` reaches them (the users file of its data dir). */
  accounts(): LocalAccounts {
    return new LocalAccounts(LocalUserStore.inDataDir(this.app.dataDir), UNITS_OF_ROLE);
  }

  token(role: Role, provinces: string[], unit?: string): Promise<string> {
    const key = `${role}:${provinces.join(',')}:${unit ?? ''}`;
    if (!this.tokens.has(key)) this.tokens.set(key, this.app.token(role, provinces, unit, `${role}-${provinces.join('-')}-security`));
    return this.tokens.get(key)!;
  }

  /** Police carry their unit; partner workers their organisation, which is their scope (`partnerUnitOf`). */
  tokenFor(role: Role, variant: ScopeVariant): Promise<string> {
    const unit = role === 'police' ? policeUnitOf(variant).code : role === 'partner_worker' ? partnerUnitOf(variant) : undefined;
    return this.token(role, tokenProvinces(variant), unit);
  }

  async police(province: string): Promise<PoliceCaseDriver> {
    const token = await this.app.token('police', [province], `police-${province}`, fixtureUser(province));
    return new PoliceCaseDriver(this.app.http, token);
  }

  operation(route: RouteEntry): OpenApiOperation {
    return operationOf(this.document, route.method, route.path);
  }

  scopeOf(route: RouteEntry): RouteScope {
    const body = requestBodySchema(this.document, this.operation(route));
    // A court file is opened at a court, which names its province; a local user is made in provinces; an intake record at a place, in the place's province.
    return routeScopeOf(route, Boolean(body?.properties?.['province'] ?? body?.properties?.['court'] ?? body?.properties?.['provinces'] ?? body?.properties?.['place']));
  }

  /** Whether the suite knows how to make a request to the route that must succeed. */
  hasRecipe(route: RouteEntry): boolean {
    return route.method === 'GET' || routeKey(route) in RECIPES;
  }

  /**
   * Records in a province read by GET routes (never changed by them): a case with an arrested,
   * named suspect (also the `personId`) and a named victim, forwarded to the prosecutor, and the
   * court file opened from that forwarding (its `fileId` is the case id); the victim handed over
   * to the province's partner organisation first, so the protection case opened from the
   * hand-over (`protectedPersonId`, the victim id) is referred to it; and at the province's intake
   * place a reception, a named person screened there and referred to the same partner
   * (`screenedPersonId`), and a returned body.
   */
  sharedRecords(province: string): Promise<RecordIds> {
    if (!this.shared.has(province)) {
      this.shared.set(
        province,
        (async () => {
          const police = await this.police(province);
          const caseId = await openedIn(police, province);
          const suspectId = await police.suspect(caseId, { ...SUSPECT_BODY, personal: { fullName: 'Synthetic Suspect (shared)' } });
          await police.arrest(caseId, suspectId, '2020-03-16');
          const victimId = await police.victim(caseId, { ...VICTIM_BODY, personal: { fullName: 'Synthetic Victim (shared)' } });
          const handedOver = await police.post(`/api/enforcement/cases/${caseId}/victims/${victimId}/hand-over`, { destination: 'partner_organisation', organisation: partnerOf(province), handedOverOn: '2020-03-17' });
          if (handedOver.status !== 200) throw new Error(`hand-over failed: ${handedOver.status} ${JSON.stringify(handedOver.body)}`);
          await police.forward(caseId, '2020-03-20');
          const { fileId } = await courtFileOfForwarding(this.app, caseId);
          await protectionCaseOfHandOver(this.app, victimId);
          const { receptionId, screenedPersonId } = await this.intake.screenedPerson(province, true);
          const { bodyId } = await this.intake.body(province);
          const { uploadId } = await this.intake.upload(province);
          return { caseId, suspectId, victimId, personId: suspectId, fileId, protectedPersonId: victimId, userId: fixtureUser(province), receptionId, screenedPersonId, bodyId, uploadId };
        })(),
      );
    }
    return this.shared.get(province)!;
  }

  /**
   * A valid request to the route about an object in the variant's province: fresh records for a
   * state-changing route (so each cell meets the state its command needs, and a wrongly allowed
   * command cannot disturb another cell), the shared records for a read.
   */
  async prepare(route: RouteEntry, variant: ScopeVariant, role?: Role): Promise<PreparedRequest> {
    const province = objectProvince(variant);
    const recipe = RECIPES[routeKey(route)];
    const operation = this.operation(route);
    const params = pathParameters(route.path);
    const recordParams = params.filter((name) => !(name in PATH_VALUES));
    let ids: RecordIds = {};
    if (recordParams.length > 0) {
      ids = recipe?.prepare && route.method !== 'GET' ? await recipe.prepare(await this.police(province), province, this.court, role, this) : await this.sharedRecords(province);
    } else if (recipe?.prepare && route.method !== 'GET') {
      // A record that starts from another (a person screened from a reception) needs that one first.
      ids = await recipe.prepare(await this.police(province), province, this.court, role, this);
    }
    const path = params.reduce((p, name) => {
      const id = PATH_VALUES[name] ?? ids[fixtureNameOf(route.path, name)];
      if (!id) throw new Error(`${routeKey(route)}: no fixture for path parameter '${name}' (add one to SecurityWorld)`);
      return p.replace(`{${name}}`, id);
    }, route.path);
    const query = new URLSearchParams({ ...requiredQuery(this.document, operation), ...(route.method === 'GET' ? await this.recordFilters(operation, province) : {}) }).toString();
    const url = query ? `${path}?${query}` : path;
    if (recipe?.raw) return { method: route.method, url, ...recipe.raw(province), success: documentedSuccess(operation) };
    const schema = requestBodySchema(this.document, operation);
    const body = recipe?.body ? recipe.body(province, variant, ids) : schema ? (sampleOf(this.document, schema) as object) : undefined;
    return { method: route.method, url, body, success: documentedSuccess(operation) };
  }

  /**
   * Query parameters that name a record (`recordId`, `personId`, `userId`…), filled with the
   * shared records of the province: a filtered read (e.g. the access audit) then asks about an
   * object in or out of scope like a record route does.
   */
  async recordFilters(operation: OpenApiOperation, province: string): Promise<Record<string, string>> {
    const names = (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
    const records = await this.sharedRecords(province);
    return Object.fromEntries(names.flatMap((name) => {
      const id = records[ALIASES[name] ?? name];
      return id ? [[name, id]] : [];
    }));
  }

  send(prepared: PreparedRequest, authorization?: string, headers: Record<string, string> = {}): Promise<request.Response> {
    let req = request(this.app.http)[prepared.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](prepared.url).set(headers);
    if (authorization !== undefined) req = req.set('Authorization', authorization);
    if (prepared.contentType !== undefined) req = req.set('Content-Type', prepared.contentType);
    return prepared.body !== undefined && prepared.method !== 'GET' ? req.send(prepared.body) : req;
  }
}
