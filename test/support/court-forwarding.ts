import type { EventStore, RecordedEvent } from '@casetrail/event-sourcing';
import { courtFileCommands } from '@casetrail/court-api';
import { policeCaseStreamId } from '@casetrail/enforcement-contracts';
import { CommandRunner } from '@casetrail/platform-commands';
import { EVENT_STORE } from '@casetrail/platform-nest';
import type { EmbeddedApp } from './embedded-app';

type Data = Record<string, unknown>;

/**
 * Opens the court file of a police case forwarded to the prosecutor, as the forwarding reactor
 * will: `OpenCourtFileFromPoliceForwarding` through the command runner with `courtFileCommands`,
 * the persons as the police recorded them (sealed parts copied as stored). Until that reactor
 * exists, tests use this to get a court file from a police forwarding.
 */
export async function openCourtFileFromForwarding(app: EmbeddedApp, caseId: string, receivedOn: string): Promise<{ fileId: string; revision: number }> {
  const events = await app.app.get<EventStore>(EVENT_STORE).readStream(policeCaseStreamId(caseId));
  const of = (type: string) => events.filter((e) => e.type === `enforcement.${type}`).map((e: RecordedEvent) => e.data as Data);
  const opened = of('PoliceCaseOpened')[0];
  const forwarded = of('CaseForwardedToProsecutor').at(-1);
  if (!opened || !forwarded) throw new Error('The police case was not forwarded');
  const suspects = new Map(of('SuspectIdentified').map((s) => [s['suspectId'] as string, s]));
  const arrests = new Map(of('SuspectArrested').map((a) => [a['suspectId'] as string, a]));
  const victims = new Map(of('VictimRescued').map((v) => [v['victimId'] as string, v]));
  const province = opened['province'] as string;
  const unit = opened['unit'] as { code: string };
  const outcome = await app.app.get(CommandRunner).run(
    courtFileCommands,
    caseId,
    (metadata) => ({
      type: 'OpenCourtFileFromPoliceForwarding' as const,
      data: {
        fileId: caseId,
        court: `court-${(forwarded['court'] as string | undefined) ?? province}`,
        receivedOn,
        policeCaseId: caseId,
        forwardingUnit: unit.code,
        forwardedOn: forwarded['forwardedOn'] as string,
        offences: [...new Set([...(opened['offences'] as string[]), ...of('OffenceAdded').map((o) => o['offence'] as string)])],
        accused: (forwarded['suspectIds'] as string[]).map((id) => {
          const s = suspects.get(id)!;
          return {
            personId: id,
            sex: s['sex'] as 'M',
            nationality: s['nationality'] as string,
            ...(s['ageAtIdentification'] !== undefined ? { ageInYears: s['ageAtIdentification'] as number } : {}),
            ageBand: s['ageBandAtIdentification'] as '18_plus',
            ageBandOn: s['identifiedOn'] as string,
            personal: s['personal'],
            arrestedOn: arrests.get(id)!['arrestedOn'] as string,
          };
        }),
        victims: (forwarded['victimIds'] as string[]).map((id) => {
          const v = victims.get(id)!;
          return {
            personId: id,
            sex: v['sex'] as 'F',
            nationality: v['nationality'] as string,
            ...(v['ageAtRescue'] !== undefined ? { ageInYears: v['ageAtRescue'] as number } : {}),
            ageBand: v['ageBand'] as '15_17',
            ageBandOn: v['rescuedOn'] as string,
            personal: v['personal'],
            exploitationType: v['exploitationType'] as 'sexual',
          };
        }),
      },
      metadata,
    }),
    { issuer: { reactor: 'test-forwarding' }, correlationId: globalThis.crypto.randomUUID() },
  );
  return { fileId: caseId, revision: outcome.revision };
}
