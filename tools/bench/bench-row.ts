/** One measured line of a benchmark; `main.ts` prints them as a table. */
export interface BenchRow {
  /** What was measured, e.g. `append, 100-event batches`. */
  benchmark: string;
  /** The setting it ran under, e.g. `synchronous=FULL`. */
  setting: string;
  /** Events handled in the timed part. */
  events: number;
  eventsPerSecond: number;
  /**
   * Set when the row is not a rate: `eventsPerSecond` then holds a quantity in this unit
   * (`ms` for a latency, `s` for a duration, `MiB` for memory).
   */
  unit?: 'ms' | 's' | 'MiB';
  /** The same work without the code under test (e.g. plain better-sqlite3), when there is one. */
  baselineEventsPerSecond?: number;
  /** Latency percentiles of the timed part, for request/response rows (e.g. an HTTP command). */
  p50Ms?: number;
  p99Ms?: number;
  /** Requests that did not succeed (e.g. non-2xx answers), where the row counts them. */
  failures?: number;
}

/** What every benchmark receives from the command line. */
export interface BenchOptions {
  /** Shorter runs: a smoke test of the benchmark, not a measurement. */
  quick: boolean;
  /**
   * `--scale`: also run the national-scale rows (a million events; minutes). A benchmark with
   * such rows runs them only when this is set, so the default run stays short.
   */
  scale: boolean;
  /**
   * `--distributed-events N`: the size of the dataset the distributed rebuild row replays
   * (national-scale; default 20,000 with `--scale`). Given, that row runs without `--scale` too.
   */
  distributedEvents?: number;
}

/** A benchmark: a name and a function that measures and returns rows. */
export interface Benchmark {
  name: string;
  description: string;
  run(options: BenchOptions): Promise<BenchRow[]>;
}
