import { DomainRuleViolation } from '@casetrail/event-sourcing';
import type { CaseForwardedToProsecutorData } from '@casetrail/enforcement-contracts';
import { openingCommand } from './police-forwarding.reactor';

const metadata = { actor: { userId: 'reactor:court-opens-forwarded-cases', role: 'system' }, now: '2020-04-01T00:00:00.000Z' };
const v2: CaseForwardedToProsecutorData = {
  forwardedOn: '2020-03-20',
  suspectIds: ['s1'],
  victimIds: ['v1'],
  offences: ['procuring', 'trafficking_in_persons_with_purpose'],
  unit: 'police-kandal',
  province: 'kandal',
  persons: {
    suspects: [{ suspectId: 's1', sex: 'M', nationality: 'KHM', ageInYears: 35, ageBand: '18_plus', ageBandOn: '2020-03-15', arrestedOn: '2020-03-16', personal: {} }],
    victims: [{ victimId: 'v1', sex: 'F', nationality: 'VNM', ageBand: '15_17', ageBandOn: '2020-03-16', rescuedOn: '2020-03-16', exploitationType: 'sexual', personal: {} }],
  },
};

describe('the court command built from a police forwarding', () => {
  it('opens the file at the case’s province, received on the forwarding date, with the persons as recorded', () => {
    const command = openingCommand('case-1', v2, metadata);
    expect(command.data).toMatchObject({ fileId: 'case-1', policeCaseId: 'case-1', court: 'court-kandal', receivedOn: '2020-03-20', forwardingUnit: 'police-kandal', offences: v2.offences });
    expect(command.data.accused).toEqual([{ personId: 's1', sex: 'M', nationality: 'KHM', ageInYears: 35, ageBand: '18_plus', ageBandOn: '2020-03-15', arrestedOn: '2020-03-16', personal: {} }]);
    expect(command.data.victims).toEqual([{ personId: 'v1', sex: 'F', nationality: 'VNM', ageBand: '15_17', ageBandOn: '2020-03-16', exploitationType: 'sexual', personal: {} }]);
  });

  it('takes the court the police named over the case’s province', () => {
    expect(openingCommand('case-1', { ...v2, court: 'phnom_penh' }, metadata).data.court).toBe('court-phnom_penh');
  });

  it('refuses for good a version-1 forwarding, which names no persons (the prosecutor opens that file)', () => {
    const v1: CaseForwardedToProsecutorData = { ...v2, persons: null, offences: null, unit: null, province: null };
    expect(() => openingCommand('case-1', v1, metadata)).toThrow(DomainRuleViolation);
    expect(() => openingCommand('case-1', v1, metadata)).toThrow(/open this court file by hand/);
  });
});
