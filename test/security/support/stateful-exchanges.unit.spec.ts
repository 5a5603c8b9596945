import { statefulConsoleFigures, statefulSummary, type HarLike } from './stateful-exchanges';

const CASE = '6f1c2b1e-8a53-4c39-9d55-0c1f5b7b2f10';
const SUSPECT = 'b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f';
const OTHER = 'c2e8a6b3-1d4f-4e2a-8b7c-6a5d4c3b2a10';
const base = 'http://127.0.0.1:3000';

const exchange = (method: string, path: string, status: number, body?: unknown) => ({
  request: { method, url: `${base}${path}` },
  response: { status, content: body === undefined ? {} : { text: JSON.stringify(body) } },
});

describe('statefulSummary', () => {
  it('counts the cases opened and the requests on what the run created, in order', () => {
    const har: HarLike = {
      log: {
        entries: [
          exchange('GET', `/api/enforcement/cases/${CASE}`, 404), // before it existed: random, not acted on
          exchange('POST', '/api/enforcement/cases', 400, { status: 400 }),
          exchange('POST', '/api/enforcement/cases', 201, { caseId: CASE, revision: 0 }),
          exchange('POST', `/api/enforcement/cases/${CASE}/suspects`, 201, { caseId: CASE, revision: 1, suspectId: SUSPECT }),
          exchange('POST', `/api/enforcement/cases/${CASE}/suspects/${SUSPECT}/arrest`, 403, { status: 403 }),
          exchange('POST', `/api/admin/persons/${SUSPECT}/forget`, 200, { personId: SUSPECT }),
          exchange('POST', `/api/enforcement/cases/${OTHER}/close`, 404, { status: 404 }),
        ],
      },
    };
    expect(statefulSummary(har)).toEqual({
      casesOpened: 1,
      actedOn: [
        { operation: 'POST /api/enforcement/cases/{id}/suspects', status: 201 },
        { operation: 'POST /api/enforcement/cases/{id}/suspects/{id}/arrest', status: 403 },
        { operation: 'POST /api/admin/persons/{id}/forget', status: 200 },
      ],
    });
  });

  it('finds nothing acted on when no creation succeeded', () => {
    const har: HarLike = { log: { entries: [exchange('POST', '/api/enforcement/cases', 400, {}), exchange('GET', `/api/enforcement/cases/${CASE}`, 404)] } };
    expect(statefulSummary(har)).toEqual({ casesOpened: 0, actedOn: [] });
  });
});

describe('statefulConsoleFigures', () => {
  it('reads the scenarios and covered links of the stateful summary', () => {
    const out = ' ✅  Stateful (in 2.08s)\n\n     Scenarios:    11\n     API Links:    5 covered / 29 selected / 29 total\n';
    expect(statefulConsoleFigures(out)).toEqual({ scenarios: 11, linksCovered: 5, linksTotal: 29 });
    expect(statefulConsoleFigures('no stateful phase')).toEqual({ scenarios: undefined, linksCovered: undefined, linksTotal: undefined });
  });
});
