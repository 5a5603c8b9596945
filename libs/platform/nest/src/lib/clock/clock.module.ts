import { Global, Module } from '@nestjs/common';

/**
 * Where a process reads the time for what it decides (a command's `now`). Injected, so a test
 * can pin it — e.g. at 17:00 UTC, midnight in Phnom Penh — with `overrideProvider(CLOCK)`.
 */
export const CLOCK = Symbol('CLOCK');

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Provides `CLOCK` (the system clock) to every module of the process. */
@Global()
@Module({ providers: [{ provide: CLOCK, useValue: systemClock }], exports: [CLOCK] })
export class ClockModule {}
