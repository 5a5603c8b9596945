/*
 * The protection context's pure domain: commands, the protection-case state and its evolution,
 * the decider, and the follow-up visits due after an integration. Its events are in
 * `@casetrail/protection-contracts`.
 */
export * from './lib/protection-case/protection-case.commands';
export * from './lib/protection-case/protection-case.state';
export * from './lib/protection-case/protection-case.decide';
export * from './lib/protection-case/protection-case.decider';
export * from './lib/protection-case/person-age';
export * from './lib/protection-case/follow-ups-due';
