import type { OpenAPIObject } from '@nestjs/swagger';
import { addOperationLinks, PARAM_SOURCES_EXTENSION } from './openapi-links';

const json = (ref: string) => ({ content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } } });

/** A small API in the shape Nest writes: things, their parts, and an operation on "subjects". */
function document(): OpenAPIObject {
  return {
    openapi: '3.0.0',
    info: { title: 'test', version: '1' },
    paths: {
      '/things': {
        post: { operationId: 'open', responses: { '201': { description: '', ...json('ThingAccepted') }, '400': { description: '' } } },
        get: { operationId: 'list', responses: { '200': { description: '' } } },
      },
      '/things/{thingId}': { get: { operationId: 'read', responses: { '200': { description: '' } } } },
      '/things/{thingId}/parts': {
        post: { operationId: 'addPart', responses: { '201': { description: '', ...json('PartAccepted') } } },
      },
      '/things/{thingId}/labels': {
        post: { operationId: 'label', responses: { '201': { description: '', ...json('LabelAccepted') } } },
      },
      '/things/{thingId}/labels/{labelId}': { get: { operationId: 'readLabel', responses: { '200': { description: '' } } } },
      '/things/{thingId}/parts/{partId}/fix': {
        post: {
          operationId: 'fix',
          parameters: [{ name: 'If-Match', in: 'header', required: false, schema: { type: 'string' } }],
          responses: { '200': { description: '', ...json('ThingAccepted') } },
        },
      },
      '/subjects/{subjectId}/forget': {
        post: { operationId: 'forget', [PARAM_SOURCES_EXTENSION]: { subjectId: ['partId'] }, responses: { '200': { description: '' } } },
      },
      '/others/{otherId}': { get: { operationId: 'other', responses: { '200': { description: '' } } } },
    },
    components: {
      schemas: {
        ThingAccepted: { type: 'object', properties: { thingId: { type: 'string' }, revision: { type: 'number' } } },
        LabelAccepted: { type: 'object', properties: { labelId: { type: 'string' } } },
        PartAccepted: {
          type: 'object',
          properties: { thingId: { type: 'string' }, partId: { type: 'string' }, countId: { type: 'number' } },
        },
      },
    },
  } as unknown as OpenAPIObject;
}

const linksOf = (doc: OpenAPIObject, path: string, status: string) =>
  (doc.paths[path]!.post!.responses[status] as { links?: Record<string, { operationId: string; parameters: Record<string, string> }> })
    .links;

describe('addOperationLinks', () => {
  it('links a creation to every operation its answer id fills, and only those', () => {
    const doc = addOperationLinks(document());
    expect(linksOf(doc, '/things', '201')).toEqual({
      read: { operationId: 'read', parameters: { thingId: '$response.body#/thingId' } },
      addPart: { operationId: 'addPart', parameters: { thingId: '$response.body#/thingId' } },
      label: { operationId: 'label', parameters: { thingId: '$response.body#/thingId' } },
    });
    expect(linksOf(doc, '/things', '400')).toBeUndefined();
  });

  it('takes ids from the answer, the If-Match from its ETag, and sources the consumer names', () => {
    const doc = addOperationLinks(document());
    const fromPart = linksOf(doc, '/things/{thingId}/parts', '201')!;
    expect(fromPart['fix']).toEqual({
      operationId: 'fix',
      parameters: { thingId: '$response.body#/thingId', partId: '$response.body#/partId', 'header.If-Match': '$response.header.ETag' },
    });
    expect(fromPart['forget']).toEqual({ operationId: 'forget', parameters: { subjectId: '$response.body#/partId' } });
    expect(fromPart['other']).toBeUndefined();
    // A command that creates nothing (200) leads nowhere.
    expect(linksOf(doc, '/things/{thingId}/parts/{partId}/fix', '200')).toBeUndefined();
    // The private extension does not stay in the published document.
    expect(JSON.stringify(doc)).not.toContain(PARAM_SOURCES_EXTENSION);
  });

  it("fills a parameter the answer does not name from the creating request's own path", () => {
    const fromLabel = linksOf(addOperationLinks(document()), '/things/{thingId}/labels', '201')!;
    expect(fromLabel['readLabel']).toEqual({
      operationId: 'readLabel',
      parameters: { thingId: '$request.path.thingId', labelId: '$response.body#/labelId' },
    });
  });

  it('keeps links written by hand', () => {
    const doc = document();
    const created = doc.paths['/things']!.post!.responses['201'] as { links?: Record<string, unknown> };
    created.links = { read: { operationId: 'read', parameters: { thingId: '$response.header.Location' } } };
    expect(linksOf(addOperationLinks(doc), '/things', '201')!['read']).toEqual({
      operationId: 'read',
      parameters: { thingId: '$response.header.Location' },
    });
  });
});
