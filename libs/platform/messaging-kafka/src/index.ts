export * from './lib/kafka-bus';
export * from './lib/kafka-bus.options';
export * from './lib/kafka-message.codec';
export * from './lib/dead-letter-headers';
export * from './test-support/kafka-availability';
export { deleteTestRun, testRunPrefix } from './test-support/kafka-test-run';
