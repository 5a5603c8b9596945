import { BadRequestException, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedUser } from '@casetrail/platform-nest';
import { commandRequestOf, runCommandAnswering } from './command-answer';
import type { CommandContext, CommandOutcome, CommandRunner, CommandTarget } from './command-runner';

const user = { userId: 'officer-1', role: 'police', provinces: ['battambang'] } as unknown as AuthenticatedUser;
const target = { noun: 'dossier' } as unknown as CommandTarget<unknown, never, never, { type: 'Step' }>;

function runnerAnswering(outcome: CommandOutcome) {
  const calls: { id: string; context: CommandContext; built: unknown }[] = [];
  const runner = {
    run: async (_target: unknown, id: string, build: (metadata: never) => unknown, context: CommandContext) => {
      calls.push({ id, context, built: build({} as never) });
      return outcome;
    },
  } as unknown as CommandRunner;
  return { runner, calls };
}

describe('runCommandAnswering', () => {
  it("runs the command as the user and answers the new revision as a strong ETag", async () => {
    const { runner, calls } = runnerAnswering({ id: 'd-1', revision: 4, events: [], alreadyApplied: false });
    const headers: Record<string, string> = {};
    const outcome = await runCommandAnswering(runner, { setHeader: (name, value) => (headers[name] = value) }, target, 'd-1', { user, correlationId: 'corr-1', expectedRevision: 3 }, (): { type: 'Step' } => ({ type: 'Step' }));
    expect(outcome.revision).toBe(4);
    expect(headers).toEqual({ ETag: '"4"' });
    expect(calls).toEqual([{ id: 'd-1', context: { issuer: { user }, correlationId: 'corr-1', expectedRevision: 3 }, built: { type: 'Step' } }]);
  });

  it('sets no ETag when the command is refused', async () => {
    const runner = { run: async () => Promise.reject(new Error('refused')) } as unknown as CommandRunner;
    const headers: Record<string, string> = {};
    await expect(runCommandAnswering(runner, { setHeader: (name, value) => (headers[name] = value) }, target, 'd-1', { user, correlationId: 'corr-1' }, (): { type: 'Step' } => ({ type: 'Step' }))).rejects.toThrow('refused');
    expect(headers).toEqual({});
  });
});

describe('commandRequestOf', () => {
  const contextOf = (request: object) => ({ switchToHttp: () => ({ getRequest: () => request }) }) as unknown as ExecutionContext;

  it('is the caller, the correlation id and the If-Match revision of the request', () => {
    expect(commandRequestOf(contextOf({ user, id: 'corr-1', headers: { 'if-match': '"3"' } }))).toEqual({ user, correlationId: 'corr-1', expectedRevision: 3 });
  });

  it('has no revision without If-Match (or with *)', () => {
    expect(commandRequestOf(contextOf({ user, id: 'corr-1', headers: {} })).expectedRevision).toBeUndefined();
    expect(commandRequestOf(contextOf({ user, id: 'corr-1', headers: { 'if-match': '*' } })).expectedRevision).toBeUndefined();
  });

  it('refuses a weak If-Match as @IfMatchRevision() does', () => {
    expect(() => commandRequestOf(contextOf({ user, id: 'corr-1', headers: { 'if-match': 'W/"3"' } }))).toThrow(BadRequestException);
  });

  it('needs an authenticated caller, as @CurrentUser() does', () => {
    expect(() => commandRequestOf(contextOf({ id: 'corr-1', headers: {} }))).toThrow('CurrentUser used on a route without authentication');
  });
});
