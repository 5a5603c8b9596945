export * from './lib/command-runner';
export * from './lib/commands.module';
export * from './lib/command-answer';
export * from './lib/name-based-id';
