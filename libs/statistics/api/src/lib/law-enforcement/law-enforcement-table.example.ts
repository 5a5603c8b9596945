import { offenceByCode } from '@casetrail/kernel';
import { buildLawEnforcementTable, lawEnforcementTableToCsv, type LawEnforcementTable } from '@casetrail/statistics-domain';

/**
 * The OpenAPI example, computed by the real table code from one synthetic case (so it is always
 * the shape that is sent), cut to three rows to keep the document short.
 */
function exampleTable(): LawEnforcementTable {
  const category = offenceByCode('procuring')!.category;
  const table = buildLawEnforcementTable(
    [
      {
        caseId: 'example',
        province: 'battambang',
        unit: { code: 'police-battambang', type: 'provincial_police' },
        offences: ['procuring'],
        principalOffence: 'procuring',
        principalCategory: category,
        categories: [category],
        openedOn: '2020-03-01',
        status: 'forwarded',
        forwardedOn: '2020-03-10',
        closedOn: null,
        closureReason: null,
        victims: [
          { victimId: 'v', sex: 'F', ageBand: '15_17', minor: true, nationality: 'KHM', foreign: false, exploitationType: 'sexual', rescuedOn: '2020-03-02', handedOverTo: 'social_affairs', handedOverOn: '2020-03-03' },
        ],
        referredVictims: [],
        suspects: [
          { suspectId: 's', sex: 'M', nationality: 'VNM', identifiedOn: '2020-03-02', arrestedOn: '2020-03-05', ageBand: '18_plus', female: false, minor: false, foreign: true },
        ],
      },
    ],
    { year: 2020, province: 'battambang' },
  );
  return {
    ...table,
    rows: table.rows.filter((r) => r.offence === 'procuring' || r.level === 'total' || (r.level === 'category' && r.category === category)),
  };
}

const table = exampleTable();
export const LAW_ENFORCEMENT_TABLE_EXAMPLE = { ...table, provinces: ['battambang'] };
export const LAW_ENFORCEMENT_CSV_EXAMPLE = lawEnforcementTableToCsv(table);
