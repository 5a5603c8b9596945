import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { fold, type EventStore } from '@casetrail/event-sourcing';
import { receptionStreamId, type ReceptionEvent } from '@casetrail/intake-contracts';
import { receptionDecider } from '@casetrail/intake-domain';
import { conflict } from '@casetrail/kernel';
import { EVENT_STORE, inScope, type AuthenticatedUser } from '@casetrail/platform-nest';
import { intakeRecordId } from './intake-record-ids';
import { provinceOfPlace } from './intake.targets';

/** The reception a person is screened from, as the screening command names it. */
export interface ScreenedFrom {
  receptionId: string;
  /** The reception's place as it stands (a correction may have moved it). */
  receptionPlace: string;
}

/**
 * Finds the reception a person came with, by its reference at the screening's place (the same
 * name-based id the reception was recorded under). The caller's scope is checked first, so the
 * answer never tells a stranger whether a reception exists elsewhere: 403 outside it, then 404 for
 * no such reception, 409 for a withdrawn one (recorded in error: no one came with it).
 */
@Injectable()
export class ReceptionLookup {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async screenedFrom(user: AuthenticatedUser, place: string, receptionReference: string): Promise<ScreenedFrom> {
    if (!inScope(user, provinceOfPlace(place))) throw new ForbiddenException('You may not screen a person at a place in a province outside your scope');
    const receptionId = intakeRecordId('reception', place, receptionReference);
    const state = fold(receptionDecider, (await this.store.readStream(receptionStreamId(receptionId))) as unknown as ReceptionEvent[]);
    if (state.status === 'not_recorded' || state.figures === null) throw new NotFoundException('No reception with this receptionReference at this place');
    if (state.status === 'withdrawn') throw conflict('RECEPTION_WITHDRAWN', 'The reception named by receptionReference was withdrawn (recorded in error)');
    return { receptionId, receptionPlace: state.figures.place };
  }
}
