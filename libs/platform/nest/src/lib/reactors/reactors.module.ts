import { Global, Module } from '@nestjs/common';
import type { BoundedContext } from '../runtime/bounded-context';
import { reactionEventTypes } from './reaction-failed.events';
import { ReactorHost } from './reactor-host';

/** The reactor host, once per process. */
@Global()
@Module({ providers: [ReactorHost], exports: [ReactorHost] })
export class ReactorsModule {}

/**
 * The platform's own context of reactions: the embedded dead letters (`reaction.ReactionFailed`
 * on `reaction-failed-<reactor>`). Every process hosts it (`CasetrailPlatformModule` adds it).
 */
export const reactionsContext: BoundedContext = {
  name: 'reaction',
  module: ReactorsModule,
  owns: reactionEventTypes,
};
