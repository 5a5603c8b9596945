export * from './lib/calendar/domain-date';
export * from './lib/age/age-band';
export * from './lib/reference/provinces';
export * from './lib/reference/nationalities';
export * from './lib/reference/person-codes';
export * from './lib/reference/offences';
export * from './lib/personal/personal-data';
export * from './lib/validation/data-checks';
