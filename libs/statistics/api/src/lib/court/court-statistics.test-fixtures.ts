import type { CourtFileFacts, PoliceCaseFacts } from '@casetrail/statistics-domain';

/** Synthetic facts for the API tests: one forwarded case and its court file per province, at trial. */
export function courtFile(fileId: string, province: string): CourtFileFacts {
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
    entered: { prosecution: '2020-03-11', investigation: '2020-03-13', trial: '2020-06-01' },
    closedOn: null,
    prosecutionDecision: { action: 'submitted_for_investigation', decidedOn: '2020-03-13' },
    closingOrder: { outcome: 'sent_to_trial', issuedOn: '2020-06-01' },
    victims: [{ personId: 'v', sex: 'F', ageBand: 'under_15', minor: true, enteredOn: '2020-03-11' }],
    accused: [
      {
        personId: 's',
        sex: 'M',
        enteredOn: '2020-03-11',
        source: 'police',
        arrestedOn: '2020-03-01',
        charges: [{ chargedOn: '2020-03-12', chargedBy: 'prosecutor', offences: ['procuring'], sex: 'M', ageBand: '18_plus' }],
        detentions: [{ orderedOn: '2020-03-14', endedOn: '2020-09-01', sex: 'M', ageBand: '18_plus' }],
        supervisions: [],
        verdicts: [{ outcome: 'imprisonment', deliveredOn: '2020-09-01', final: true, custody: 'in_custody', sex: 'M', ageBand: '18_plus' }],
      },
    ],
    compensation: [],
    appeals: [],
  };
}

export function forwardedCase(caseId: string, province: string): PoliceCaseFacts {
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
    suspects: [],
  };
}
