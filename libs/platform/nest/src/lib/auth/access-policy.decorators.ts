import { SetMetadata, applyDecorators, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { AuthenticatedUser } from './authenticated-user';
import type { Role } from './roles';

export const ACCESS_POLICY = 'casetrail:access-policy';

export type AccessPolicy = { public: true } | { roles: readonly Role[] };

/** Marks public operations in the OpenAPI document; `finishOpenApiDocument` turns it into `security: []`. */
export const PUBLIC_OPERATION_EXTENSION = 'x-casetrail-public';

/** The route needs no token (health, docs). */
export const Public = () =>
  applyDecorators(SetMetadata(ACCESS_POLICY, { public: true } satisfies AccessPolicy), ApiExtension(PUBLIC_OPERATION_EXTENSION, true));

/** The roles that may use the route. A route without a policy is unreachable (deny by default). */
export const AllowRoles = (...roles: Role[]) => SetMetadata(ACCESS_POLICY, { roles } satisfies AccessPolicy);

/** The verified caller of the request (what `@CurrentUser()` gives). */
export function currentUserOf(context: ExecutionContext): AuthenticatedUser {
  const user = context.switchToHttp().getRequest<{ user?: AuthenticatedUser }>().user;
  if (!user) throw new Error('CurrentUser used on a route without authentication');
  return user;
}

/** The verified caller of the request. */
export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): AuthenticatedUser => currentUserOf(context));
