import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Command, CommandMetadata, DomainEvent } from '@casetrail/event-sourcing';
import { correlationIdOf, currentUserOf, ifMatchRevisionOf, type AuthenticatedUser } from '@casetrail/platform-nest';
import type { CommandOutcome, CommandRunner, CommandTarget } from './command-runner';

/** What a command route knows of its request: who asks, the correlation id, and If-Match where honoured. */
export interface CommandRequest {
  user: AuthenticatedUser;
  correlationId: string;
  /** `@IfMatchRevision()`: the revision the client saw; undefined where none was sent (or on an opening route). */
  expectedRevision?: number;
}

/**
 * The request as a command route knows it: `@CurrentUser()`, `@CorrelationId()` and
 * `@IfMatchRevision()` in one. A route that does not honour If-Match (`@HonoursIfMatch`) never
 * gets here with one: the edge refuses it first, so its revision is undefined.
 */
export function commandRequestOf(context: ExecutionContext): CommandRequest {
  return { user: currentUserOf(context), correlationId: correlationIdOf(context), expectedRevision: ifMatchRevisionOf(context) };
}

/** The handler parameter: the `CommandRequest` (see `commandRequestOf`). */
export const CommandRequestParam = createParamDecorator((_: unknown, context: ExecutionContext): CommandRequest => commandRequestOf(context));

/** The part of an HTTP answer a command route sets: its headers (Express's `Response`, `@Res({ passthrough: true })`). */
export interface HeaderSink {
  setHeader(name: string, value: string): unknown;
}

/**
 * A user's command over HTTP: runs it through the `CommandRunner` as that user and answers with
 * the aggregate's new revision as `ETag: "<revision>"` (the client's next If-Match). The route
 * maps the outcome to its body (`{ caseId, revision }`, …).
 */
export async function runCommandAnswering<State, C extends Command, E extends DomainEvent, Clear>(
  commands: CommandRunner,
  res: HeaderSink,
  target: CommandTarget<State, C, E, Clear>,
  id: string,
  request: CommandRequest,
  build: (metadata: CommandMetadata) => NoInfer<Clear>,
): Promise<CommandOutcome<E>> {
  const outcome = await commands.run(target, id, build, {
    issuer: { user: request.user },
    correlationId: request.correlationId,
    expectedRevision: request.expectedRevision,
  });
  res.setHeader('ETag', `"${outcome.revision}"`);
  return outcome;
}
