import {
  buildCourtDurations,
  buildInvestigatingJudgesTable,
  buildJusticeFunnel,
  buildProsecutionTable,
  buildTrialTable,
  courtTableToCsv,
  type ChargeFacts,
  type CourtFileFacts,
  type CourtTable,
  type PoliceCaseFacts,
} from '@casetrail/statistics-domain';

/*
 * The OpenAPI examples, computed by the real code from one synthetic file (so they are always the
 * shape that is sent): a police case forwarded in 2020, charged, investigated with one accused in
 * detention, sent to trial and judged.
 */

const charge: ChargeFacts = { chargedOn: '2020-03-12', chargedBy: 'prosecutor', offences: ['procuring'], sex: 'M', ageBand: '18_plus' };

const file: CourtFileFacts = {
  fileId: 'example',
  court: 'court-battambang',
  province: 'battambang',
  origin: { kind: 'police', policeCaseId: 'example', forwardingUnit: 'police-battambang', forwardedOn: '2020-03-10' },
  offences: ['procuring'],
  principalOffence: 'procuring',
  principalCategory: 'sexual_exploitation',
  openedOn: '2020-03-11',
  receivedOn: '2020-03-11',
  entered: { prosecution: '2020-03-11', investigation: '2020-03-13', trial: '2020-09-01' },
  closedOn: null,
  prosecutionDecision: { action: 'submitted_for_investigation', decidedOn: '2020-03-13' },
  closingOrder: { outcome: 'sent_to_trial', issuedOn: '2020-09-01' },
  victims: [{ personId: 'v', sex: 'F', ageBand: '15_17', minor: true, enteredOn: '2020-03-11' }],
  accused: [
    {
      personId: 's1',
      sex: 'M',
      enteredOn: '2020-03-11',
      source: 'police',
      arrestedOn: '2020-03-05',
      charges: [charge],
      detentions: [{ orderedOn: '2020-03-14', endedOn: '2020-11-20', sex: 'M', ageBand: '18_plus' }],
      supervisions: [],
      verdicts: [{ outcome: 'imprisonment', deliveredOn: '2020-11-20', final: true, custody: 'in_custody', sex: 'M', ageBand: '18_plus' }],
    },
    {
      personId: 's2',
      sex: 'F',
      enteredOn: '2020-03-11',
      source: 'police',
      arrestedOn: '2020-03-06',
      charges: [{ ...charge, sex: 'F' }],
      detentions: [],
      supervisions: [{ orderedOn: '2020-03-14', sex: 'F', ageBand: '18_plus' }],
      verdicts: [{ outcome: 'released_on_bail', deliveredOn: '2020-11-20', final: false, custody: null, sex: 'F', ageBand: '18_plus' }],
    },
  ],
  compensation: [],
  appeals: [],
};

const policeCase: PoliceCaseFacts = {
  caseId: 'example',
  province: 'battambang',
  unit: { code: 'police-battambang', type: 'provincial_police' },
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
  suspects: [],
};

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
