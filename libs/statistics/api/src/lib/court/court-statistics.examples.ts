import type { Sex } from '@casetrail/kernel';
import {
  buildCourtDurations,
  buildInvestigatingJudgesTable,
  buildJusticeFunnel,
  buildProsecutionTable,
  buildTrialTable,
  courtTableToCsv,
  type ChargeFacts,
  type CourtAccusedFacts,
  type CourtFileFacts,
  type CourtTable,
  type PoliceCaseFacts,
} from '@casetrail/statistics-domain';

/*
 * The OpenAPI examples, computed by the real code from one synthetic file (so they are always the
 * shape that is sent): a police case forwarded in 2020, charged, investigated with one accused in
 * detention, sent to trial and judged. The API tests build their facts with the same functions.
 */

/** A police case opened on 1 March 2020 for procuring by the province's police, forwarded to its court on 10 March. */
export function forwardedPoliceCase(caseId: string, province: string): PoliceCaseFacts {
  return {
    caseId,
    province,
    unit: { code: `police-${province}`, type: 'provincial_police' },
    offences: ['procuring'],
    principalOffence: 'procuring',
    principalCategory: 'sexual_exploitation',
    categories: ['sexual_exploitation'],
    openedOn: '2020-03-01',
    status: 'forwarded',
    forwardedOn: '2020-03-10',
    closedOn: null,
    closureReason: null,
    victims: [],
    referredVictims: [],
    suspects: [],
  };
}

/** An adult charged with procuring by the prosecutor on 12 March 2020. */
export function prosecutorCharge(sex: Sex): ChargeFacts {
  return { chargedOn: '2020-03-12', chargedBy: 'prosecutor', offences: ['procuring'], sex, ageBand: '18_plus' };
}

/** A man arrested by the police, charged by the prosecutor, detained from 14 March 2020 until his final sentence to imprisonment on `judgedOn`. */
export function imprisonedAccused(personId: string, arrestedOn: string, judgedOn: string): CourtAccusedFacts {
  return {
    personId,
    sex: 'M',
    enteredOn: '2020-03-11',
    source: 'police',
    arrestedOn,
    charges: [prosecutorCharge('M')],
    detentions: [{ orderedOn: '2020-03-14', endedOn: judgedOn, sex: 'M', ageBand: '18_plus' }],
    supervisions: [],
    verdicts: [{ outcome: 'imprisonment', deliveredOn: judgedOn, final: true, custody: 'in_custody', sex: 'M', ageBand: '18_plus' }],
  };
}

/**
 * The court file of `forwardedPoliceCase` at the province's court: received on 11 March 2020,
 * submitted for investigation on 13 March, sent to trial on `sentToTrialOn`; one girl victim.
 */
export function forwardedCourtFile(
  fileId: string,
  province: string,
  trial: { sentToTrialOn: string; victimAgeBand: 'under_15' | '15_17'; accused: CourtAccusedFacts[] },
): CourtFileFacts {
  return {
    fileId,
    court: `court-${province}`,
    province,
    origin: { kind: 'police', policeCaseId: fileId, forwardingUnit: `police-${province}`, forwardedOn: '2020-03-10' },
    offences: ['procuring'],
    principalOffence: 'procuring',
    principalCategory: 'sexual_exploitation',
    openedOn: '2020-03-11',
    receivedOn: '2020-03-11',
    entered: { prosecution: '2020-03-11', investigation: '2020-03-13', trial: trial.sentToTrialOn },
    closedOn: null,
    prosecutionDecision: { action: 'submitted_for_investigation', decidedOn: '2020-03-13' },
    closingOrder: { outcome: 'sent_to_trial', issuedOn: trial.sentToTrialOn },
    victims: [{ personId: 'v', sex: 'F', ageBand: trial.victimAgeBand, minor: true, enteredOn: '2020-03-11' }],
    accused: trial.accused,
    compensation: [],
    appeals: [],
  };
}

const file = forwardedCourtFile('example', 'battambang', {
  sentToTrialOn: '2020-09-01',
  victimAgeBand: '15_17',
  accused: [
    imprisonedAccused('s1', '2020-03-05', '2020-11-20'),
    {
      personId: 's2',
      sex: 'F',
      enteredOn: '2020-03-11',
      source: 'police',
      arrestedOn: '2020-03-06',
      charges: [prosecutorCharge('F')],
      detentions: [],
      supervisions: [{ orderedOn: '2020-03-14', sex: 'F', ageBand: '18_plus' }],
      verdicts: [{ outcome: 'released_on_bail', deliveredOn: '2020-11-20', final: false, custody: null, sex: 'F', ageBand: '18_plus' }],
    },
  ],
});

const policeCase = forwardedPoliceCase('example', 'battambang');

const options = { year: 2020, province: 'battambang' };
const scope = { province: 'battambang', provinces: ['battambang'] };

/** The example table with its category row and the total only, to keep the document short. */
function example<F extends string>(table: CourtTable<F>) {
  const rows = table.rows.filter((r) => r.level === 'total' || r.category === 'sexual_exploitation');
  return { json: { ...table, rows, provinces: scope.provinces }, csv: courtTableToCsv({ ...table, rows }) };
}

export const PROSECUTION_EXAMPLE = example(buildProsecutionTable([file], options));
export const INVESTIGATING_JUDGES_EXAMPLE = example(buildInvestigatingJudgesTable([file], options));
export const TRIAL_EXAMPLE = example(buildTrialTable([file], options));
export const JUSTICE_FUNNEL_EXAMPLE = { ...buildJusticeFunnel([policeCase], [file], { year: 2020, asOf: '2021-06-30', provinces: ['battambang'] }), ...scope };
export const COURT_DURATIONS_EXAMPLE = { ...buildCourtDurations([file], { year: 2020, provinces: ['battambang'] }), ...scope };
