import 'reflect-metadata';
import { Controller, Get, Module, Post } from '@nestjs/common';
import { AllowRoles, Public } from '@casetrail/platform-nest';
import { routeKey, routesOfController, routesOfModuleGraph, toOpenApiPath } from './route-inventory';

@AllowRoles('police')
@Controller('api/things')
class ThingsController {
  @Get()
  list() {
    return [];
  }

  @Post(':thingId/parts/:partId')
  @AllowRoles('admin', 'auditor')
  part() {
    return {};
  }
}

@Controller('open')
class NoPolicyController {
  @Get('door')
  door() {
    return 'unguarded';
  }

  @Public()
  @Get('sign')
  sign() {
    return 'public';
  }
}

@Module({ controllers: [NoPolicyController] })
class InnerModule {}

@Module({})
class OuterModule {}

describe('route inventory', () => {
  it('writes Express paths the OpenAPI way', () => {
    expect(toOpenApiPath('api/things/', '/:thingId/parts/:partId')).toBe('/api/things/{thingId}/parts/{partId}');
    expect(toOpenApiPath('health', '/')).toBe('/health');
  });

  it('reads each handler policy, the handler overriding its class', () => {
    expect(routesOfController(ThingsController).map((r) => [routeKey(r), r.policy])).toEqual([
      ['GET /api/things', { roles: ['police'] }],
      ['POST /api/things/{thingId}/parts/{partId}', { roles: ['admin', 'auditor'] }],
    ]);
  });

  it('reports a route without a policy as such', () => {
    const routes = routesOfController(NoPolicyController);
    expect(routes.find((r) => r.path === '/open/door')?.policy).toBeUndefined();
    expect(routes.find((r) => r.path === '/open/sign')?.policy).toEqual({ public: true });
  });

  it('walks module classes, dynamic modules and forward references', () => {
    const root = { module: OuterModule, controllers: [ThingsController], imports: [{ forwardRef: () => InnerModule }, Promise.resolve(OuterModule)] };
    expect(routesOfModuleGraph(root).map(routeKey)).toEqual([
      'GET /api/things',
      'GET /open/door',
      'GET /open/sign',
      'POST /api/things/{thingId}/parts/{partId}',
    ]);
  });
});
