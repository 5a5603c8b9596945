import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import {
  handleCommand,
  type EventStore,
  type EventTypeRegistry,
} from '@casetrail/event-sourcing';
import { policeCaseStreamId } from '@casetrail/enforcement-contracts';
import {
  policeCaseDecider,
  type PoliceCaseCommand,
  type PoliceCaseState,
} from '@casetrail/enforcement-domain';
import {
  CLOCK,
  EVENT_STORE,
  EVENT_TYPE_REGISTRY,
  actorFor,
  inScope,
  type AuthenticatedUser,
  type Clock,
} from '@casetrail/platform-nest';
import { OpeningEventStore, PersonalDataCipher } from '@casetrail/personal-data';
import { sealPersonalData, type ClearPoliceCaseCommand } from './personal-data-sealing';

export interface CommandContext {
  user: AuthenticatedUser;
  correlationId: string;
  /** The case revision the client saw (If-Match), for optimistic concurrency. */
  expectedRevision?: number;
}

export interface CommandOutcome {
  caseId: string;
  revision: number;
}

/**
 * Runs police-case commands: the scope check happens on the same loaded state the decision is
 * made on, so there is one read per attempt. Personal data is sealed per person before deciding,
 * and the stream is read with personal data opened (in memory), so the decider can derive age
 * bands at later dates from a birth date that no event holds in clear.
 */
@Injectable()
export class PoliceCaseCommandService {
  private readonly openingStore: EventStore;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(EVENT_TYPE_REGISTRY) private readonly registry: EventTypeRegistry,
    private readonly cipher: PersonalDataCipher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.openingStore = new OpeningEventStore(store, cipher);
  }

  async execute(caseId: string, build: (now: string) => ClearPoliceCaseCommand, context: CommandContext): Promise<CommandOutcome> {
    const now = this.clock.now().toISOString();
    const clear = build(now);
    const opening = clear.type === 'OpenPoliceCase';
    if (opening && !inScope(context.user, clear.data.province)) {
      throw new ForbiddenException('You may not open a case in this province (outside your scope)');
    }
    const command = await sealPersonalData(clear, this.cipher);
    const decider = {
      ...policeCaseDecider,
      decide: (cmd: PoliceCaseCommand, state: PoliceCaseState) => {
        // An unopened case, or one outside the caller's scope, does not exist for the caller.
        if (!opening && (state.status === 'not_opened' || !inScope(context.user, state.province!))) {
          throw new NotFoundException('No such police case in your scope');
        }
        return policeCaseDecider.decide(cmd, state);
      },
    };
    const result = await handleCommand(this.openingStore, this.registry, decider, policeCaseStreamId(caseId), command, {
      expectedRevision: context.expectedRevision,
      correlationId: context.correlationId,
      occurredAt: occurredAtOf(command),
    });
    return { caseId, revision: result.revision };
  }

  /** What every command carries: the acting user (recorded on each event) and the time. */
  static metadata(user: AuthenticatedUser, now: string) {
    return { actor: actorFor(user), now };
  }
}

/** The domain date field of each command: when the fact happened in the world. */
const DOMAIN_DATE_FIELD: Record<PoliceCaseCommand['type'], string> = {
  OpenPoliceCase: 'openedOn',
  AddOffence: 'addedOn',
  IdentifySuspect: 'identifiedOn',
  ArrestSuspect: 'arrestedOn',
  ReleaseSuspect: 'releasedOn',
  RescueVictim: 'rescuedOn',
  HandOverVictim: 'handedOverOn',
  ForwardToProsecutor: 'forwardedOn',
  CloseWithoutForwarding: 'closedOn',
  ReopenCase: 'reopenedOn',
};

/**
 * The envelope's occurredAt: the start of the domain date in Cambodia (UTC+7), so the event log
 * says when the fact happened, while recordedAt says when it was entered.
 */
function occurredAtOf(command: PoliceCaseCommand): string {
  const date = (command.data as unknown as Record<string, unknown>)[DOMAIN_DATE_FIELD[command.type]];
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return command.metadata.now;
  const instant = new Date(`${date}T00:00:00+07:00`);
  return Number.isNaN(instant.getTime()) ? command.metadata.now : instant.toISOString();
}
