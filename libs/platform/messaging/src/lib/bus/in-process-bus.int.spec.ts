import { describeMessageBusContract } from '../contract/describe-message-bus-contract';
import { InProcessBus } from './in-process-bus';

describeMessageBusContract('in-process', {
  create: async (retry) => new InProcessBus(retry),
  readDeadLetters: async (bus, topic) => bus.deadLetters(topic),
});
