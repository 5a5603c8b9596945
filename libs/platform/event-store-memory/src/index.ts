export * from './lib/in-memory-event-store';
export * from './lib/in-memory-checkpoint-store';
