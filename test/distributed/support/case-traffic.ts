import { PoliceCaseDriver } from '../../support/police-case-driver';
import { delay } from './poll-until';
import { casePlan, emptyTally, type CaseTally } from './case-tally';

const DESTINATIONS = ['social_affairs', 'family', 'partner_organisation'] as const;

/**
 * Drives complete police cases (open → identify → arrest → rescue → hand over → forward) over
 * HTTP against one enforcement URL, counting what was accepted. Synthetic data only.
 */
export class CaseTraffic {
  readonly tally: CaseTally = emptyTally();
  private readonly driver: PoliceCaseDriver;
  private caseNumber = 0;

  constructor(baseUrl: string, token: string) {
    this.driver = new PoliceCaseDriver(baseUrl, token);
  }

  /** One complete case; throws at the first refused or failed command (the tally keeps what got through). */
  async driveOneCase(): Promise<void> {
    const n = this.caseNumber++;
    const plan = casePlan(n);
    const t = this.tally;
    const step = async <T>(command: () => Promise<T>): Promise<T> => {
      try {
        const result = await command();
        t.commands += 1;
        return result;
      } catch (error) {
        t.failedCommands += 1;
        throw error;
      }
    };
    const caseId = await step(() => this.driver.open({ openedOn: '2020-03-14' }));
    t.cases += 1;
    for (let s = 0; s < plan.suspects; s++) {
      const suspectId = await step(() => this.driver.suspect(caseId, { sex: s % 2 === 0 ? 'M' : 'F', nationality: n % 5 === 0 ? 'THA' : 'KHM' }));
      if (s < plan.arrests) {
        await step(() => this.driver.arrest(caseId, suspectId));
        t.suspectsArrested += 1;
      }
    }
    for (let v = 0; v < plan.victims; v++) {
      const victimId = await step(() => this.driver.victim(caseId, { ageAtRescue: [12, 16, 24][(n + v) % 3] }));
      t.victims += 1;
      await step(() => this.driver.handOver(caseId, victimId, DESTINATIONS[(n + v) % 3]));
    }
    await step(() => this.driver.forward(caseId));
  }

  /**
   * Drives cases one after another until `stop()` says so. A failed case is given up (its accepted
   * steps stay counted) and, when `tolerateFailures` is set, the loop waits for `ready()` and goes
   * on with a new case: that is what a client does while the service is being killed.
   */
  run(options: { tolerateFailures: boolean; ready?: () => Promise<void>; pauseMs?: number }): { stop(): Promise<void> } {
    let stopping = false;
    const loop = (async () => {
      while (!stopping) {
        try {
          await this.driveOneCase();
        } catch (error) {
          if (!options.tolerateFailures) throw error;
          await options.ready?.();
        }
        if (options.pauseMs) await delay(options.pauseMs);
      }
    })();
    // Kept, not thrown at once: the failure surfaces in `stop()`, where the test awaits it.
    const outcome = loop.then(
      () => undefined,
      (error: unknown) => error,
    );
    return {
      stop: async () => {
        stopping = true;
        const error = await outcome;
        if (error) throw error;
      },
    };
  }
}
