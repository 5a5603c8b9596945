export * from './lib/csv/csv';
export * from './lib/law-enforcement/police-case-facts';
export * from './lib/law-enforcement/law-enforcement-figures';
export * from './lib/law-enforcement/law-enforcement-table';
export * from './lib/law-enforcement/law-enforcement-table-csv';
export * from './lib/court/court-file-facts';
