import type { ExecutionContext } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { CorrelationId } from './correlation-id';

/** The function Nest calls for `@CorrelationId()`: read back from the metadata the decorator writes. */
function factoryOf(decorator: () => ParameterDecorator): (data: unknown, context: ExecutionContext) => string {
  class Probe {
    handle(@decorator() value: string) {
      return value;
    }
  }
  const args = Reflect.getMetadata(ROUTE_ARGS_METADATA, Probe, 'handle') as Record<string, { factory: (data: unknown, context: ExecutionContext) => string }>;
  return Object.values(args)[0].factory;
}

const contextOf = (request: object) => ({ switchToHttp: () => ({ getRequest: () => request }) }) as unknown as ExecutionContext;

describe('CorrelationId', () => {
  const correlationIdOf = factoryOf(CorrelationId);

  it("is the request's id, as the logger set it from X-Correlation-Id or generated it", () => {
    expect(correlationIdOf(undefined, contextOf({ id: 'corr-1' }))).toBe('corr-1');
  });

  it('is a fresh UUID when the request has no string id', () => {
    for (const request of [{}, { id: 42 }]) {
      expect(correlationIdOf(undefined, contextOf(request))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });
});
