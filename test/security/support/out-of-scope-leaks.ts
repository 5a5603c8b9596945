import { ENTRY_POINTS } from '@casetrail/kernel';

/**
 * Reference codes that contain a province's code without being a record of it (the airport of
 * Siem Reap is `siem-reap-airport`): a table lists every one, counted or not. Removed from a text
 * body before its provinces are searched; a row's province column still shows a leak.
 */
const REFERENCE_CODES = ENTRY_POINTS.map((e) => e.code).sort((a, b) => b.length - a.length);

/**
 * What in a response body would show a record from outside the reader's scope: an id of a record
 * kept outside it, or a province value outside it (any key naming a province, at any depth).
 */
export interface LeakMarkers {
  /** Case, suspect, victim and person ids of records outside the scope. */
  outsideIds: string[];
  /** Province codes outside the scope (also matched as `police-<code>` unit codes). */
  outsideProvinces: string[];
  /** The provinces the reader may see. */
  scope: string[];
  /** Values the request itself sent (a unit or province asked for is echoed, not leaked). */
  echoed: string[];
}

/** Every leak found in a body: empty when the body holds nothing from outside the scope. */
export function leaksIn(raw: string, contentType: string | undefined, markers: LeakMarkers): string[] {
  const body = markers.echoed.filter((v) => v.length > 0).reduce((text, value) => text.split(value).join(''), raw);
  const leaks = markers.outsideIds.filter((id) => body.includes(id)).map((id) => `record id ${id}`);
  for (const province of markers.outsideProvinces) {
    if (body.includes(`police-${province}`) || body.includes(`gendarmerie-${province}`)) leaks.push(`unit of ${province}`);
  }
  if (contentType?.includes('json')) {
    leaks.push(
      ...provinceValues(JSON.parse(raw) as unknown)
        .filter((v) => !markers.scope.includes(v) && !markers.echoed.includes(v))
        .map((v) => `province value ${v}`),
    );
  } else {
    const text = REFERENCE_CODES.reduce((t, code) => t.split(code).join(''), body);
    leaks.push(...markers.outsideProvinces.filter((p) => text.includes(p)).map((p) => `province ${p} in the text`));
  }
  return [...new Set(leaks)];
}

/** The values of every key that names a province (`province`, `recordProvince`, `provinces`…). */
function provinceValues(value: unknown, key = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => provinceValues(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => provinceValues(v, k));
  return /province/i.test(key) && typeof value === 'string' ? [value] : [];
}
