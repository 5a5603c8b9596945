import type { HistoryEntry } from './types';

/**
 * One step of a person's journey across contexts (rescue → hand-over → court compensation →
 * shelter → integration → follow-ups), as `GET /api/protection/cases/{personId}/journey` answers
 * it: the event's type (`<context>.<Name>`), its domain date, and its data.
 */
export interface JourneyStep {
  key: string;
  context: string;
  type: string;
  /** The day it happened (domain date), when the step names one. */
  on: string | null;
  /** When it was recorded (instant), when known. */
  recordedAt: string | null;
  data: Record<string, unknown>;
}

type Data = Record<string, unknown>;
const obj = (v: unknown): Data => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Data) : {});
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The first domain date of an event's data: the fact's own day (`rescuedOn`, `admittedOn`, …). */
function dateOf(data: Data): string | null {
  for (const [key, value] of Object.entries(data)) if (key.endsWith('On') && typeof value === 'string' && DATE.test(value)) return value;
  return null;
}

/** The steps of a journey answer, oldest first, whatever list the answer keeps them in. */
export function journeySteps(answer: unknown): JourneyStep[] {
  const root = obj(answer);
  const list = Array.isArray(answer) ? answer : ([root['steps'], root['events'], root['entries'], root['items']].find(Array.isArray) as unknown[] | undefined) ?? [];
  const steps = list.map((raw, i): JourneyStep => {
    const s = obj(raw);
    const type = str(s['type']) ?? str(s['eventType']) ?? 'unknown';
    const data = obj(s['data'] ?? s['changes'] ?? s['details']);
    const on = str(s['on']) ?? str(s['date']) ?? str(s['occurredOn']) ?? dateOf(data);
    return {
      key: `${i}-${type}`,
      context: str(s['context']) ?? type.split('.')[0],
      type,
      on: on && DATE.test(on) ? on : null,
      recordedAt: str(s['recordedAt']) ?? str(s['occurredAt']),
      data,
    };
  });
  // Stable: steps of the same day keep the order the API gave.
  return steps.map((s, i) => ({ s, i })).sort((a, b) => (a.s.on ?? '9999').localeCompare(b.s.on ?? '9999') || a.i - b.i).map(({ s }) => s);
}

/** A step as a history entry, so the one describer of events (history/describeEvent) words it. */
export function asHistoryEntry(step: JourneyStep, index: number): HistoryEntry {
  return {
    revision: index,
    globalPosition: index,
    type: step.type,
    schemaVersion: 1,
    occurredAt: step.recordedAt ?? '',
    recordedAt: step.recordedAt ?? '',
    actor: { userId: '', role: 'system' },
    correlationId: '',
    causationId: null,
    changes: step.data,
  } as HistoryEntry;
}
