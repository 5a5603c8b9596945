export * from './lib/mongo-read-model-store';
export type { ReadModelIndex } from './lib/read-model-document.schema';
export { toMongoFilter, toMongoSort } from './lib/mongo-query';
