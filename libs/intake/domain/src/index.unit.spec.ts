import { DomainRuleViolation } from '@casetrail/event-sourcing';
import * as domain from './index';
import { borderOfficial } from './lib/intake.test-fixtures';

/** What the api, the upload, statistics and the web import: a rename here breaks them. */
describe('the intake domain’s published names', () => {
  it.each([
    'IntakeCommandType',
    'receptionDecider',
    'screenedPersonDecider',
    'returnedBodyDecider',
    'uploadDecider',
    'receptionFiguresOf',
    'sameReceptionFigures',
    'bodyFiguresOf',
    'sameBodyFigures',
    'screeningFactsOf',
    'sameScreeningFacts',
    'earlierReferral',
    'sameReferral',
    'referredOrganisations',
    'referredPersonOf',
  ])('exports %s', (name) => {
    expect((domain as Record<string, unknown>)[name]).toBeDefined();
  });

  it.each([
    ['receptionDecider', domain.receptionDecider],
    ['screenedPersonDecider', domain.screenedPersonDecider],
    ['returnedBodyDecider', domain.returnedBodyDecider],
    ['uploadDecider', domain.uploadDecider],
  ] as const)('%s refuses a command it does not know (422)', (_name, decider) => {
    const decide = decider.decide as (command: unknown, state: unknown) => unknown;
    let violation: unknown;
    try {
      decide({ type: 'FlyToTheMoon', data: {}, metadata: borderOfficial }, decider.initialState());
    } catch (error) {
      violation = error;
    }
    expect(violation).toBeInstanceOf(DomainRuleViolation);
    expect(violation).toMatchObject({ code: 'UNKNOWN_COMMAND', kind: 'unprocessable' });
  });

  it('names every command type after itself', () => {
    for (const [key, value] of Object.entries(domain.IntakeCommandType)) expect(value).toBe(key);
  });
});
