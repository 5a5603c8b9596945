import { isDeepStrictEqual } from 'node:util';
import type { LawEnforcementTable } from '@casetrail/statistics-domain';
import type { ExpectedStatistics } from './expected-statistics';
import { firstDifference } from './first-difference';
import { pollUntil } from './poll-until';
import { fetchLawEnforcementTable, mongoFactsSnapshot, nationalTotals, type FactsSnapshot } from './statistics-readers';

/**
 * Polls the statistics service until it shows exactly the rebuild: its table for the year over
 * HTTP, and every per-case facts document in its MongoDB database (a table can match while a
 * document still lacks an event no figure of the year depends on). Resolves with the time it took.
 */
export async function waitForStatisticsToEqual(
  statistics: { url: string; mongoUri: string },
  token: string,
  expected: ExpectedStatistics,
  options: { year: number; timeoutMs: number },
): Promise<number> {
  const started = Date.now();
  let table: LawEnforcementTable | undefined;
  let facts: FactsSnapshot[] | undefined;
  await pollUntil(
    'the statistics service to show exactly the rebuilt table and facts',
    async () => {
      // The service adds the reader's scope (`provinces`); the rest is the table itself.
      const { provinces: _scope, ...served } = (await fetchLawEnforcementTable(statistics.url, token, options.year)) as LawEnforcementTable & { provinces?: unknown };
      table = served;
      if (!isDeepStrictEqual(table, expected.table)) return undefined;
      facts = await mongoFactsSnapshot(statistics.mongoUri);
      return isDeepStrictEqual(facts, expected.facts) ? true : undefined;
    },
    {
      timeoutMs: options.timeoutMs,
      intervalMs: 500,
      describe: () =>
        `served totals ${JSON.stringify(table && nationalTotals(table))}, rebuilt totals ${JSON.stringify(nationalTotals(expected.table))}; ` +
        `table: ${firstDifference(table, expected.table) ?? 'equal'}; facts: ${facts ? (firstDifference(facts, expected.facts) ?? 'equal') : 'not compared yet'}`,
    },
  );
  return Date.now() - started;
}
