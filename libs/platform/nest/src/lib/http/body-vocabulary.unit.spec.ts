import type { OpenAPIObject } from '@nestjs/swagger';
import { fieldNamesOf } from './body-vocabulary';

describe('fieldNamesOf', () => {
  it('collects the property names of every schema, nested and inline, and nothing else', () => {
    const document = {
      openapi: '3.0.0',
      info: { title: 'x', version: '1' },
      paths: {
        '/things': {
          post: {
            requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { inline: { type: 'array', items: { properties: { deep: {} } } } } } } } },
            responses: {},
          },
        },
      },
      components: { schemas: { Thing: { properties: { unit: { properties: { code: {} } }, reference: {} } } } },
    } as unknown as OpenAPIObject;
    expect([...fieldNamesOf(document)].sort()).toEqual(['code', 'deep', 'inline', 'reference', 'unit']);
  });
});
