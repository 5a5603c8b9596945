export * from './lib/command-runner';
export * from './lib/commands.module';
