import {
  GENESIS_HASH,
  chainHeadMacMatches,
  eventChainHash,
  type ChainHead,
  type ChainedEventFields,
} from './event-chain-hash';

/** One stored event with its chain columns (null in a row written outside the store). */
export interface ChainRow extends ChainedEventFields {
  prev_hash: string | null;
  hash: string | null;
}

export type ChainTamperKind = 'changed' | 'removed' | 'reordered' | 'truncated' | 'head-mismatch';

export type ChainVerification =
  | {
      ok: true;
      /** Events verified (the whole log). */
      events: number;
      head: ChainHead;
      /** 'verified' when a key was given and the head's MAC matched; 'unchecked' without a key. */
      headMac: 'verified' | 'unchecked';
    }
  | {
      ok: false;
      /** The first global position where the log differs from what was appended. */
      firstBadPosition: number;
      kind: ChainTamperKind;
      /** Positions and hash prefixes only: never event content (it may be personal data). */
      detail: string;
      /** Events before firstBadPosition that verified. */
      eventsVerified: number;
    };

export type ChainFailure = Extract<ChainVerification, { ok: false }>;

export interface ChainVerifyOptions {
  /**
   * Global position of the event whose stored hash is `hash`, if any. Used only once, after a
   * break, to tell a moved event (reordered) from a vanished one (removed). Without it a break
   * is classified as removed or changed.
   */
  locateHash?: (hash: string) => number | undefined;
  /** The audit key: the head's MAC must match it. */
  hmacKey?: Buffer;
}

const short = (hash: string | null) => (hash === null ? 'none' : hash.slice(0, 12));

/**
 * Checks a log one row at a time in global-position order (so a caller can stream millions of
 * rows), then the rows' end against the head. Stops at the first break: after it, every later
 * hash differs too, and only the first position means something.
 */
export class ChainVerifier {
  private lastHash = GENESIS_HASH;
  private lastPosition = 0;
  private count = 0;
  private failure: ChainFailure | undefined;

  constructor(private readonly options: ChainVerifyOptions = {}) {}

  get failed(): ChainFailure | undefined {
    return this.failure;
  }

  /** Verifies the next row; returns the failure once the chain is broken (and ignores later rows). */
  push(row: ChainRow): ChainFailure | undefined {
    if (this.failure) return this.failure;
    const problem = this.check(row);
    if (problem) {
      this.failure = { ok: false, ...problem, eventsVerified: this.count };
      return this.failure;
    }
    this.lastHash = row.hash!;
    this.lastPosition = row.global_position;
    this.count++;
    return undefined;
  }

  /** Compares the end of the rows with the head (undefined: the store kept none). */
  finish(head: ChainHead | undefined): ChainVerification {
    if (this.failure) return this.failure;
    const problem = this.checkHead(head);
    if (problem) return { ok: false, ...problem, eventsVerified: this.count };
    return { ok: true, events: this.count, head: head!, headMac: this.options.hmacKey ? 'verified' : 'unchecked' };
  }

  private check(row: ChainRow): Omit<ChainFailure, 'ok' | 'eventsVerified'> | undefined {
    const at = row.global_position;
    if (!(at > this.lastPosition)) {
      return { firstBadPosition: at, kind: 'reordered', detail: `position ${at} comes after position ${this.lastPosition}` };
    }
    if (row.hash === null || row.prev_hash === null) {
      return { firstBadPosition: at, kind: 'changed', detail: `event at ${at} has no chain hash (written outside the event store?)` };
    }
    const selfConsistent = eventChainHash(row.prev_hash, row) === row.hash;
    const linked = row.prev_hash === this.lastHash;
    if (selfConsistent && linked) return undefined;
    if (linked) {
      return { firstBadPosition: at, kind: 'changed', detail: `stored content of event ${at} no longer matches its hash ${short(row.hash)}` };
    }
    const target = this.options.locateHash?.(row.prev_hash);
    if (target !== undefined && target !== at) {
      return {
        firstBadPosition: at,
        kind: 'reordered',
        detail: `event at ${at} was appended after the event now at position ${target}, not after position ${this.lastPosition}`,
      };
    }
    const gap = at > this.lastPosition + 1;
    if (gap) {
      return {
        firstBadPosition: this.lastPosition + 1,
        kind: 'removed',
        detail: `positions ${this.lastPosition + 1}..${at - 1} are missing: event ${at} links to ${short(row.prev_hash)}, found nowhere in the log`,
      };
    }
    if (selfConsistent && this.lastPosition > 0) {
      return {
        firstBadPosition: this.lastPosition,
        kind: 'changed',
        detail: `event ${this.lastPosition} was rewritten with a recomputed hash: event ${at} still links to its original hash ${short(row.prev_hash)}`,
      };
    }
    return {
      firstBadPosition: at,
      kind: 'changed',
      detail: `event at ${at} matches neither its hash nor its predecessor's (${short(this.lastHash)}); an event may have been removed and positions renumbered`,
    };
  }

  private checkHead(head: ChainHead | undefined): Omit<ChainFailure, 'ok' | 'eventsVerified'> | undefined {
    const last = this.lastPosition;
    if (!head) return { firstBadPosition: last, kind: 'head-mismatch', detail: 'the store keeps no chain head' };
    if (head.position > last) {
      return {
        firstBadPosition: last + 1,
        kind: 'truncated',
        detail: `the log ends at position ${last} (${this.count} events) but the chain head records position ${head.position} (${head.count} events)`,
      };
    }
    if (head.position < last) {
      return {
        firstBadPosition: head.position + 1,
        kind: 'head-mismatch',
        detail: `events ${head.position + 1}..${last} are not covered by the chain head (written outside the event store?)`,
      };
    }
    if (head.hash !== this.lastHash || head.count !== this.count) {
      return {
        firstBadPosition: last,
        kind: 'head-mismatch',
        detail: `the chain head (${short(head.hash)}, ${head.count} events) differs from the log's end (${short(this.lastHash)}, ${this.count} events): the chain was recomputed or the head edited`,
      };
    }
    const key = this.options.hmacKey;
    if (key && !chainHeadMacMatches(key, head)) {
      return {
        firstBadPosition: last,
        kind: 'head-mismatch',
        detail: head.mac === null ? 'the chain head carries no MAC (written without the audit key)' : 'the chain head MAC does not match the audit key',
      };
    }
    return undefined;
  }
}

/**
 * Verifies a whole log given in global-position order against its head. With an array and no
 * `locateHash`, moved events are located within the array itself.
 */
export function verifyChain(rows: Iterable<ChainRow>, head: ChainHead | undefined, options: ChainVerifyOptions = {}): ChainVerification {
  const locateHash = options.locateHash ?? (Array.isArray(rows) ? arrayLocator(rows as ChainRow[]) : undefined);
  const verifier = new ChainVerifier({ ...options, locateHash });
  for (const row of rows) if (verifier.push(row)) break;
  return verifier.finish(head);
}

function arrayLocator(rows: readonly ChainRow[]): (hash: string) => number | undefined {
  return (hash) => rows.find((r) => r.hash === hash)?.global_position;
}
