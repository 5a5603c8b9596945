export * from './lib/police-case/police-case.commands';
export * from './lib/police-case/police-case.state';
export * from './lib/police-case/police-case.decide';
export * from './lib/police-case/police-case.decider';
