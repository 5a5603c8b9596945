import type { RecordedEvent } from '@casetrail/event-sourcing';
import { CourtFileEventType as E, fileIdOfStream, type CourtFileEvent } from '@casetrail/court-contracts';
import type { Projection } from '@casetrail/read-models';

/**
 * The persons a court file names, by pseudonymous id, with the file's province: what the person
 * scope resolver (forget) reads. One document per file (a forwarding names several persons in one
 * event, and a document is fed by one stream); persons are keys of `persons`, so a query asks for
 * the dot path `persons.<personId>`.
 */
export interface PersonsInFile {
  fileId: string;
  province: string;
  persons: Record<string, 'accused' | 'victim'>;
}

export const personFilesProjection: Projection<PersonsInFile> = {
  name: 'court.person-files',
  version: 1,
  collection: 'court_person_files',
  handles: [E.PoliceCaseReceived, E.CourtFileOpened, E.AccusedAdded, E.VictimAdded],
  documentId: (event: RecordedEvent) => fileIdOfStream(event.streamId),
  apply(current, recorded) {
    const event = recorded as unknown as CourtFileEvent;
    switch (event.type) {
      case E.PoliceCaseReceived: {
        const d = event.data;
        const persons: PersonsInFile['persons'] = {};
        for (const a of d.accused) persons[a.personId] = 'accused';
        for (const v of d.victims) persons[v.personId] = 'victim';
        return { fileId: d.fileId, province: d.province, persons };
      }
      case E.CourtFileOpened:
        return { fileId: event.data.fileId, province: event.data.province, persons: {} };
      case E.AccusedAdded:
      case E.VictimAdded: {
        if (!current) throw new Error(`${event.type} before the court file was opened (${recorded.streamId})`);
        return { ...current, persons: { ...current.persons, [event.data.personId]: event.type === E.AccusedAdded ? 'accused' : 'victim' } };
      }
      default:
        return current;
    }
  },
};

/** The read-model filter that finds the files naming a person. */
export function filesNamingFilter(personId: string) {
  return { [`persons.${personId}`]: { $in: ['accused', 'victim'] } };
}
