import type { OpenAPIObject } from '@nestjs/swagger';
import { closeRequestBodies } from './closed-request-bodies';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function document(): OpenAPIObject {
  return {
    openapi: '3.0.0',
    info: { title: 'test', version: '1' },
    paths: {
      '/things': {
        post: {
          requestBody: { content: { 'application/json': { schema: ref('OpenThing') } } },
          responses: { '201': { description: '', content: { 'application/json': { schema: ref('ThingAccepted') } } } },
        },
      },
      '/things/{id}/notes': {
        post: {
          requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { text: { type: 'string' } } } } } },
          responses: { '200': { description: '', content: { 'application/json': { schema: ref('Label') } } } },
        },
      },
    },
    components: {
      schemas: {
        OpenThing: { type: 'object', properties: { owner: ref('Owner'), tags: { type: 'array', items: ref('Label') } } },
        Owner: { type: 'object', properties: { code: { type: 'string' } } },
        // In a request and in an answer: stays open.
        Label: { type: 'object', properties: { name: { type: 'string' } } },
        ThingAccepted: { type: 'object', properties: { id: { type: 'string' } } },
      },
    },
  } as unknown as OpenAPIObject;
}

describe('closeRequestBodies', () => {
  it('closes the object schemas only request bodies use, nested ones included', () => {
    const doc = closeRequestBodies(document());
    const schemas = doc.components!.schemas as Record<string, { additionalProperties?: unknown }>;
    expect(schemas['OpenThing']!.additionalProperties).toBe(false);
    expect(schemas['Owner']!.additionalProperties).toBe(false);
    const inline = (doc.paths['/things/{id}/notes']!.post!.requestBody as { content: Record<string, { schema: { additionalProperties?: unknown } }> })
      .content['application/json']!.schema;
    expect(inline.additionalProperties).toBe(false);
  });

  it('leaves answer schemas open, and those a request shares with an answer', () => {
    const schemas = closeRequestBodies(document()).components!.schemas as Record<string, { additionalProperties?: unknown }>;
    expect(schemas['ThingAccepted']!.additionalProperties).toBeUndefined();
    expect(schemas['Label']!.additionalProperties).toBeUndefined();
  });
});
