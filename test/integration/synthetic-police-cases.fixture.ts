import type { CommandMetadata } from '@casetrail/event-sourcing';
import { OFFENCES } from '@casetrail/kernel';
import { type PoliceUnitRef } from '@casetrail/enforcement-contracts';
import { type PoliceCaseCommand } from '@casetrail/enforcement-domain';

/** Test fixture: synthetic police cases as command sequences (no real person; names are canaries). */
export const PERSONAL_CANARY = 'Canaryname Synthetic';

export interface SyntheticCase {
  caseId: string;
  commands: PoliceCaseCommand[];
}

const PLACES: ReadonlyArray<{ unit: PoliceUnitRef; province: string }> = [
  { unit: { code: 'police-battambang', type: 'provincial_police' }, province: 'battambang' },
  { unit: { code: 'police-battambang', type: 'provincial_police' }, province: 'battambang' },
  { unit: { code: 'gendarmerie-battambang', type: 'gendarmerie' }, province: 'battambang' },
  { unit: { code: 'police-kampot', type: 'provincial_police' }, province: 'kampot' },
  { unit: { code: 'ahtjp-national', type: 'ahtjp_department' }, province: 'phnom-penh' },
  { unit: { code: 'ahtjp-national', type: 'ahtjp_department' }, province: 'battambang' },
];
const CLOSURES = ['insufficient_evidence', 'recorded_in_error', 'suspects_not_found', 'other'] as const;
const DESTINATIONS = ['social_affairs', 'family', 'partner_organisation'] as const;

/** Deterministic PRNG (mulberry32), so a failing run can be repeated. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * `count` cases opened in 2019 and 2020 (so both years of a 2020 table have figures) with
 * suspects (KHM/VNM, some arrested, released, re-arrested), victims of every age band, hand-overs,
 * and endings: forwarded, closed (also `recorded_in_error`), reopened, or still open.
 */
/** `metadata.actor.unit` is replaced per case by the case's unit. */
export function syntheticPoliceCases(count: number, metadata: CommandMetadata, seed = 2020): SyntheticCase[] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const cases: SyntheticCase[] = [];
  for (let i = 0; i < count; i += 1) {
    const caseId = `SYN-${String(i).padStart(3, '0')}`;
    const commands: PoliceCaseCommand[] = [];
    let day = addDays('2019-01-02', int(0, 690)); // up to late November 2020
    const next = () => (day = addDays(day, int(0, 3)));
    const place = pick(PLACES);
    // An officer of the case's own unit records it (a unit records cases under itself only).
    const officer: CommandMetadata = { ...metadata, actor: { ...metadata.actor, unit: place.unit.code } };
    const add = (type: PoliceCaseCommand['type'], data: Record<string, unknown>) =>
      commands.push({ type, data, metadata: officer } as PoliceCaseCommand);
    const offences = [...new Set([pick(OFFENCES).code, pick(OFFENCES).code])];
    add('OpenPoliceCase', { caseId, unit: place.unit, province: place.province, offences, openedOn: day });
    if (rnd() < 0.2) {
      const extra = pick(OFFENCES).code;
      if (!offences.includes(extra)) add('AddOffence', { offence: extra, addedOn: next() });
    }
    const arrested: string[] = [];
    const suspects = int(0, 3);
    for (let s = 0; s < suspects; s += 1) {
      const suspectId = `${caseId}-S${s}`;
      const age = rnd() < 0.5 ? { ageAtIdentification: int(15, 60) } : { birthDate: `${int(1960, 2004)}-0${int(1, 9)}-1${int(0, 9)}` };
      add('IdentifySuspect', {
        suspectId, sex: pick(['F', 'M']), ...age, nationality: rnd() < 0.7 ? 'KHM' : 'VNM', identifiedOn: next(),
        personal: { fullName: `${PERSONAL_CANARY} Suspect ${s}` },
      });
      if (rnd() < 0.7) {
        add('ArrestSuspect', { suspectId, arrestedOn: next() });
        arrested.push(suspectId);
        if (rnd() < 0.2) {
          add('ReleaseSuspect', { suspectId, releasedOn: next(), reason: 'insufficient_evidence' });
          arrested.pop();
          if (rnd() < 0.5) {
            add('ArrestSuspect', { suspectId, arrestedOn: next() });
            arrested.push(suspectId);
          }
        }
      }
    }
    const victims = int(0, 4);
    for (let v = 0; v < victims; v += 1) {
      const victimId = `${caseId}-V${v}`;
      const age = rnd() < 0.5 ? { ageAtRescue: int(8, 40) } : { birthDate: `${int(1985, 2012)}-0${int(1, 9)}-2${int(0, 8)}` };
      add('RescueVictim', {
        victimId, sex: pick(['F', 'M']), ...age, nationality: rnd() < 0.8 ? 'KHM' : 'VNM',
        exploitationType: pick(['labour', 'sexual', 'forced_marriage', 'at_risk']), rescuedOn: next(),
        personal: { fullName: `${PERSONAL_CANARY} Victim ${v}` },
      });
      if (rnd() < 0.6) add('HandOverVictim', { victimId, destination: pick(DESTINATIONS), handedOverOn: next() });
    }
    const ending = rnd();
    if (arrested.length > 0 && ending < 0.5) {
      add('ForwardToProsecutor', { forwardedOn: next() });
    } else if (ending < 0.85) {
      for (const suspectId of arrested) add('ReleaseSuspect', { suspectId, releasedOn: next(), reason: 'other' });
      add('CloseWithoutForwarding', { closedOn: next(), reason: pick(CLOSURES) });
      if (rnd() < 0.25) add('ReopenCase', { reopenedOn: next(), justification: 'New evidence (synthetic)' });
    }
    cases.push({ caseId, commands });
  }
  return cases;
}
