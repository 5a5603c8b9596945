/*
 * What the court context publishes: its event types (names, data, schema versions with
 * validators), its stream ids, and the reference data those events name (courts, court code
 * lists, currencies, the legal time limits of the Code of Criminal Procedure). Other contexts may
 * import this library and nothing else of the court context.
 */
export * from './lib/courts';
export * from './lib/court-codes';
// ISO 4217 currencies moved to the shared kernel (protection counts money too); re-exported so court imports stay valid.
export { CURRENCIES, MAX_MINOR_UNITS, currencyByCode, isCurrencyCode, type Currency } from '@casetrail/kernel';
export * from './lib/legal-time-limits';
export * from './lib/court-file.stream';
export * from './lib/court-file.events';
export * from './lib/court-file.event-types';
