import { SERVICE_KINDS, SHELTER_DEPARTURE_REASONS, ProtectionCaseEventType as E, type ProtectionCaseEvent } from '@casetrail/protection-contracts';
import { conflict, isProvinceCode, requireCode, requireDate, unprocessable } from '@casetrail/kernel';
import type { AdmitToShelter, RecordService, RecordShelterDeparture } from './protection-case.commands';
import { requireNotBefore, requireNotBeforeReception, requireOpenCase, requireOrganisation, requireOwnOrganisation } from './protection-case.rules';
import { currentShelterStay, type ProtectionCaseState } from './protection-case.state';
import { ageBandAtDate } from './person-age';

/** Shelter stays (one shelter at a time) and the services delivered to the person. */

/**
 * Admission to a shelter run by `shelter`. The admission carries the person's exploitation type,
 * sex and band at the admission date, which is what the report splits admissions by.
 */
export function admitToShelter({ data, metadata }: AdmitToShelter, state: ProtectionCaseState): ProtectionCaseEvent[] {
  requireOpenCase(state, 'A shelter admission');
  const shelter = requireOrganisation(data.shelter, 'shelter');
  if (!shelter.runsShelter) throw unprocessable('NOT_A_SHELTER', 'shelter must be an organisation that runs a shelter');
  requireOwnOrganisation(metadata, shelter.code, 'shelter');
  const current = currentShelterStay(state);
  if (current) throw conflict('ALREADY_IN_SHELTER', `The person is in a shelter since ${current.admittedOn}; record the departure first`);
  const sentBy = requireOrganisation(data.sentBy, 'sentBy').code;
  let shelterProvince = shelter.province ?? state.province!;
  if (data.shelterProvince !== undefined) {
    if (!isProvinceCode(data.shelterProvince)) throw unprocessable('UNKNOWN_PROVINCE', 'shelterProvince must be a province code');
    shelterProvince = data.shelterProvince;
  }
  const admittedOn = requireDate(data.admittedOn, 'admittedOn', metadata.now);
  requireNotBeforeReception(admittedOn, 'admittedOn', state);
  const lastStay = state.shelterStays[state.shelterStays.length - 1];
  requireNotBefore(admittedOn, lastStay?.departedOn ?? null, 'DATE_BEFORE_DEPARTURE', 'admittedOn', 'the departure from the last shelter');
  const person = state.person!;
  return [
    {
      type: E.ShelterAdmitted,
      data: {
        shelter: shelter.code,
        shelterProvince,
        admittedOn,
        sentBy,
        exploitationType: state.exploitationType!,
        sex: person.sex,
        ageBand: ageBandAtDate(person, admittedOn),
      },
    },
  ];
}

/** Departure from the shelter the person is in, on or after the admission. */
export function recordShelterDeparture({ data, metadata }: RecordShelterDeparture, state: ProtectionCaseState): ProtectionCaseEvent[] {
  requireOpenCase(state, 'A shelter departure');
  const current = currentShelterStay(state);
  if (!current) throw conflict('NOT_IN_SHELTER', 'The person is not in a shelter');
  requireOwnOrganisation(metadata, current.shelter, 'shelter');
  const reason = requireCode(SHELTER_DEPARTURE_REASONS, data.reason, 'UNKNOWN_DEPARTURE_REASON', 'reason');
  const departedOn = requireDate(data.departedOn, 'departedOn', metadata.now);
  requireNotBefore(departedOn, current.admittedOn, 'DATE_BEFORE_ADMISSION', 'departedOn', 'the admission to the shelter');
  return [{ type: E.ShelterDeparted, data: { shelter: current.shelter, departedOn, reason } }];
}

/** A service delivered by any known organisation (a partner worker: their own). */
export function recordService({ data, metadata }: RecordService, state: ProtectionCaseState): ProtectionCaseEvent[] {
  requireOpenCase(state, 'A service');
  const service = requireCode(SERVICE_KINDS, data.service, 'UNKNOWN_SERVICE', 'service');
  const organisation = requireOrganisation(data.organisation, 'organisation').code;
  requireOwnOrganisation(metadata, organisation, 'organisation');
  const deliveredOn = requireDate(data.deliveredOn, 'deliveredOn', metadata.now);
  requireNotBeforeReception(deliveredOn, 'deliveredOn', state);
  return [{ type: E.ServiceDelivered, data: { service, organisation, deliveredOn } }];
}
