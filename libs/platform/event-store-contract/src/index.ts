export * from './lib/describe-event-store-contract';
export * from './lib/fixtures';
