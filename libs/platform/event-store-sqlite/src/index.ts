export * from './lib/sqlite-event-store';
export * from './lib/sqlite-checkpoint-store';
export * from './lib/sqlite-migrations';
export { EventStoreBusyError, SqliteSchemaMismatchError } from './lib/sqlite-errors';
export { GENESIS_HASH, EVENT_CHAIN_FORMAT, eventChainHash, chainHeadMac, type ChainHead, type ChainedEventFields } from './lib/event-chain-hash';
export { ChainVerifier, verifyChain, type ChainRow, type ChainTamperKind, type ChainVerification, type ChainFailure, type ChainVerifyOptions } from './lib/event-chain-verifier';
export { verifySqliteEventLog, readAuditHmacKey, type VerifySqliteEventLogOptions } from './lib/sqlite-chain-verify';
export { readChainHead } from './lib/sqlite-chain-writer';
