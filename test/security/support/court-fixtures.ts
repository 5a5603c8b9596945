import type { Role } from '@casetrail/platform-nest';
import { CourtFileDriver } from '../../support/court-file-driver';
import type { EmbeddedApp } from '../../support/embedded-app';

/** How far a fixture court file has gone: each step needs the one before. */
export type CourtFileStep = 'opened' | 'accused' | 'charged' | 'investigation' | 'detained' | 'trial' | 'judged' | 'appealed';

const ORDER: CourtFileStep[] = ['opened', 'accused', 'charged', 'investigation', 'detained', 'trial', 'judged', 'appealed'];

/** Dates of the fixture files, in the order the decider wants them. */
export const COURT_DATES = {
  opened: '2020-03-14',
  added: '2020-03-15',
  charged: '2020-03-16',
  decided: '2020-03-17',
  chargedByJudge: '2020-03-18',
  detained: '2020-03-19',
  extended: '2020-09-01',
  detentionEnded: '2020-10-01',
  closingOrder: '2020-10-05',
  verdict: '2020-11-20',
  appeal: '2020-12-01',
  appealDecided: '2021-03-01',
};

export const ACCUSED_BODY = { sex: 'M', nationality: 'KHM', ageInYears: 34, addedOn: COURT_DATES.added };
export const COURT_VICTIM_BODY = { sex: 'F', nationality: 'KHM', ageInYears: 16, addedOn: COURT_DATES.added, exploitationType: 'sexual' };

export interface CourtFileIds extends Record<string, string> {
  fileId: string;
}

/**
 * Court files made through the API by the prosecutor and the judge of a province, up to a step;
 * `uncharged` leaves the accused uncharged into the investigation (where the judge charges).
 */
export class CourtFixtures {
  constructor(private readonly app: EmbeddedApp) {}

  private async driver(role: Role, province: string): Promise<CourtFileDriver> {
    return new CourtFileDriver(this.app.http, await this.app.token(role, [province], undefined, `${role}-${province}-fixtures`));
  }

  async file(province: string, upTo: CourtFileStep, options: { uncharged?: boolean } = {}): Promise<CourtFileIds> {
    const reached = (step: CourtFileStep) => ORDER.indexOf(upTo) >= ORDER.indexOf(step);
    const prosecutor = await this.driver('prosecutor', province);
    const judge = await this.driver('judge', province);
    const fileId = await prosecutor.open({ court: `court-${province}`, openedOn: COURT_DATES.opened });
    const ids: CourtFileIds = { fileId };
    if (!reached('accused')) return ids;
    ids['personId'] = await prosecutor.accused(fileId, ACCUSED_BODY);
    ids['victimId'] = await prosecutor.victim(fileId, COURT_VICTIM_BODY);
    const file = (rest: string) => `/api/court/files/${fileId}${rest}`;
    if (reached('charged') && !options.uncharged) await prosecutor.charge(fileId, ids['personId'], COURT_DATES.charged);
    if (!reached('investigation')) return ids;
    await prosecutor.decide(fileId, { action: 'submitted_for_investigation', decidedOn: COURT_DATES.decided });
    if (reached('detained') && upTo === 'detained') {
      await judge.step(file(`/accused/${ids['personId']}/detention`), { orderedOn: COURT_DATES.detained, offenceClass: 'felony' });
      return ids;
    }
    if (!reached('trial')) return ids;
    await judge.step(file('/closing-order'), { outcome: 'sent_to_trial', issuedOn: COURT_DATES.closingOrder });
    if (!reached('judged')) return ids;
    await judge.step(file(`/accused/${ids['personId']}/verdict`), { outcome: 'imprisonment', deliveredOn: COURT_DATES.verdict, termMonths: 84, custody: 'at_liberty' });
    if (!reached('appealed')) return ids;
    const appeal = await judge.step(file('/appeals'), { appellant: 'prosecutor', lodgedOn: COURT_DATES.appeal });
    ids['appealNumber'] = String((appeal as unknown as { appealNumber: number }).appealNumber);
    return ids;
  }
}
