/** What a driver knows it got accepted (2xx), in the table's words. */
export interface CaseTally {
  cases: number;
  victims: number;
  suspectsArrested: number;
  /** Accepted commands; each appends at least one event. */
  commands: number;
  /** Commands that failed (e.g. the service was killed mid-request); their effect is unknown. */
  failedCommands: number;
}

export function emptyTally(): CaseTally {
  return { cases: 0, victims: 0, suspectsArrested: 0, commands: 0, failedCommands: 0 };
}

/**
 * The shape of the n-th synthetic case: how many victims and suspects, and how many of the
 * suspects are arrested. Deterministic, so a run's expectations can be computed by hand.
 */
export function casePlan(n: number): { victims: number; suspects: number; arrests: number } {
  const victims = 1 + (n % 3);
  const suspects = 1 + (n % 2);
  return { victims, suspects, arrests: n % 4 === 3 ? suspects - 1 : suspects };
}
