import { expectedOutcome, routeScopeOf, scopeVariantsOf } from './expected-status';
import type { RouteEntry } from './route-inventory';

const route = (method: RouteEntry['method'], path: string, policy: RouteEntry['policy']): RouteEntry => ({ method, path, policy, handlerName: 'Test.handler' });
const caseRead = route('GET', '/api/cases/{caseId}', { roles: ['police', 'auditor'] });

describe('expected status from a declared policy', () => {
  it('classifies routes by how they meet the scope', () => {
    expect(routeScopeOf(caseRead, false)).toBe('record');
    expect(routeScopeOf(route('POST', '/api/cases', { roles: ['police'] }), true)).toBe('create');
    expect(routeScopeOf(route('GET', '/api/cases', { roles: ['police'] }), false)).toBe('collection');
    expect(routeScopeOf(route('GET', '/health', { public: true }), false)).toBe('public');
    expect(scopeVariantsOf(caseRead)).toEqual(['national', 'provincial-in', 'provincial-out']);
    expect(scopeVariantsOf(route('GET', '/api/cases', { roles: ['police'] }))).toEqual(['national', 'provincial-in']);
  });

  it('refuses a role outside the policy with 403, before any scope question', () => {
    expect(expectedOutcome(caseRead, 'record', 'judge', 'provincial-out', true)).toMatchObject({ kind: 'status', status: 403 });
  });

  it('hides a record outside the scope (404) and forbids creating outside it (403)', () => {
    expect(expectedOutcome(caseRead, 'record', 'auditor', 'provincial-out', true)).toMatchObject({ kind: 'status', status: 404 });
    const open = route('POST', '/api/cases', { roles: ['police'] });
    expect(expectedOutcome(open, 'create', 'police', 'provincial-out', true)).toMatchObject({ kind: 'status', status: 403 });
  });

  it('expects success in scope, a domain refusal admitted only without a recipe', () => {
    expect(expectedOutcome(caseRead, 'record', 'police', 'national', true)).toMatchObject({ kind: 'success', domain: false });
    expect(expectedOutcome(caseRead, 'record', 'police', 'provincial-in', false)).toMatchObject({ kind: 'success', domain: true });
  });

  it('denies everyone on a route without a policy', () => {
    expect(expectedOutcome(route('GET', '/x', undefined), 'collection', 'admin', 'national', true)).toMatchObject({ kind: 'status', status: 403 });
  });
});
