/**
 * A unit a user may report for (a token's `unit` claim): a police unit, a court… Each bounded
 * context declares the units it knows in its descriptor; the platform never names them.
 */
export interface ReportingUnit {
  code: string;
  /** The province the unit works in; null for a national unit. */
  province: string | null;
}
