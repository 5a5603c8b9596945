import { RequestMethod, type DynamicModule, type INestApplication, type Type } from '@nestjs/common';
import { METHOD_METADATA, MODULE_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { ACCESS_POLICY, type AccessPolicy } from '@casetrail/platform-nest';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One HTTP route with the access policy its handler declares (as the global guard reads it). */
export interface RouteEntry {
  method: HttpMethod;
  /** OpenAPI form: `/api/enforcement/cases/{caseId}`. */
  path: string;
  /** `undefined` when the route declares none: the guard refuses it for everyone. */
  policy: AccessPolicy | undefined;
  /** `Controller.handler`, for messages. */
  handlerName: string;
}

export const routeKey = (route: { method: string; path: string }) => `${route.method.toUpperCase()} ${route.path}`;

const METHODS: Partial<Record<RequestMethod, HttpMethod>> = {
  [RequestMethod.GET]: 'GET',
  [RequestMethod.POST]: 'POST',
  [RequestMethod.PUT]: 'PUT',
  [RequestMethod.PATCH]: 'PATCH',
  [RequestMethod.DELETE]: 'DELETE',
};

const reflector = new Reflector();
const scanner = new MetadataScanner();

/** Express `:param` segments to OpenAPI `{param}`, one leading slash, no trailing one. */
export function toOpenApiPath(...parts: string[]): string {
  const joined = parts
    .flatMap((p) => p.split('/'))
    .filter((s) => s.length > 0)
    .map((s) => (s.startsWith(':') ? `{${s.slice(1)}}` : s))
    .join('/');
  return `/${joined}`;
}

/** The routes a controller class declares, with each handler's policy (handler wins over class). */
export function routesOfController(controller: Type<unknown>): RouteEntry[] {
  const prefixes = asArray(Reflect.getMetadata(PATH_METADATA, controller) as string | string[] | undefined);
  const prototype = controller.prototype as Record<string, unknown>;
  return scanner.getAllMethodNames(prototype).flatMap((name) => {
    const handler = prototype[name] as (...args: unknown[]) => unknown;
    const requestMethod = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
    const paths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
    if (requestMethod === undefined || paths === undefined) return [];
    const method = METHODS[requestMethod];
    if (!method) throw new Error(`${controller.name}.${name}: HTTP method ${RequestMethod[requestMethod]} is not covered by the access matrix`);
    const policy = reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [handler, controller]);
    return prefixes.flatMap((prefix) =>
      asArray(paths).map((path) => ({ method, path: toOpenApiPath(prefix, path), policy, handlerName: `${controller.name}.${name}` })),
    );
  });
}

/**
 * Every route of a module graph, read from decorator metadata without starting anything, so jest
 * can generate one test per route while collecting tests. The specs check it against the running
 * app (`routesOfRunningApp`), its router and its OpenAPI document, so a miss here fails loudly.
 */
export function routesOfModuleGraph(root: unknown): RouteEntry[] {
  const seen = new Set<unknown>();
  const controllers = new Set<Type<unknown>>();
  const visit = (node: unknown): void => {
    const module = unwrapModule(node);
    if (!module || seen.has(module.key)) return;
    seen.add(module.key);
    for (const c of module.controllers) controllers.add(c);
    for (const child of module.imports) visit(child);
  };
  visit(root);
  return sortRoutes([...controllers].flatMap(routesOfController));
}

/** The routes of the controllers the running app registered. */
export function routesOfRunningApp(app: INestApplication): RouteEntry[] {
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const controllers = new Set(
    discovery
      .getControllers()
      .map((wrapper) => wrapper.metatype)
      .filter((t): t is Type<unknown> => typeof t === 'function'),
  );
  return sortRoutes([...controllers].flatMap(routesOfController));
}

/** The method/path pairs the Express router of the running app actually serves. */
export function servedRoutes(app: INestApplication): string[] {
  const instance = app.getHttpAdapter().getInstance() as { router?: ExpressRouter; _router?: ExpressRouter };
  const router = instance.router ?? instance._router;
  if (!router) throw new Error('The Express router is not reachable (express changed its internals?)');
  const keys = router.stack.flatMap((layer) => {
    const route = layer.route;
    if (!route || typeof route.path !== 'string') return [];
    const path = toOpenApiPath(route.path);
    return Object.keys(route.methods)
      .filter((m) => route.methods[m] && m !== '_all')
      .map((m) => routeKey({ method: m, path }));
  });
  return [...new Set(keys)].sort();
}

/** Every method/path pair the OpenAPI document describes. */
export function documentedOperations(document: { paths: Record<string, Record<string, unknown>> }): string[] {
  const verbs = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);
  return Object.entries(document.paths)
    .flatMap(([path, item]) => Object.keys(item).filter((k) => verbs.has(k)).map((method) => routeKey({ method, path })))
    .sort();
}

export function pathParameters(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
}

interface ExpressRouter {
  stack: { route?: { path: unknown; methods: Record<string, boolean> } }[];
}

interface ModuleNode {
  key: unknown;
  controllers: Type<unknown>[];
  imports: unknown[];
}

/**
 * A module class, a dynamic module, or a forward reference. An async module (a promise, e.g.
 * ConfigModule.forRoot) cannot be read synchronously; it is skipped, and the comparison with the
 * running app fails if it held a controller.
 */
function unwrapModule(node: unknown): ModuleNode | undefined {
  if (!node || node instanceof Promise) return undefined;
  if (typeof node === 'object' && 'forwardRef' in node && typeof node.forwardRef === 'function') {
    return unwrapModule((node.forwardRef as () => unknown)());
  }
  if (typeof node === 'function') {
    return { key: node, controllers: metadataList(node, MODULE_METADATA.CONTROLLERS), imports: metadataList(node, MODULE_METADATA.IMPORTS) };
  }
  if (typeof node === 'object' && 'module' in node) {
    const dynamic = node as DynamicModule;
    return {
      key: dynamic,
      controllers: [...metadataList<Type<unknown>>(dynamic.module, MODULE_METADATA.CONTROLLERS), ...(dynamic.controllers ?? [])],
      imports: [...metadataList(dynamic.module, MODULE_METADATA.IMPORTS), ...(dynamic.imports ?? [])],
    };
  }
  return undefined;
}

function metadataList<T>(target: object, key: string): T[] {
  return [...((Reflect.getMetadata(key, target) as T[] | undefined) ?? [])];
}

function asArray<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function sortRoutes(routes: RouteEntry[]): RouteEntry[] {
  const unique = new Map(routes.map((r) => [routeKey(r), r]));
  return [...unique.values()].sort((a, b) => routeKey(a).localeCompare(routeKey(b)));
}
