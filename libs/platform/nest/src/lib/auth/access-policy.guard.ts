import { ForbiddenException, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ACCESS_POLICY, type AccessPolicy } from './access-policy.decorators';
import type { AuthenticatedUser } from './authenticated-user';
import { TokenVerifier } from './token-verifier';

/**
 * The global guard: authenticate the bearer token, then require the route's declared roles.
 * A route that declares no policy is refused for everyone, so forgetting one fails closed.
 */
@Injectable()
export class AccessPolicyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (policy && 'public' in policy) return true;
    const request = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/.exec(header) : null;
    if (!match) throw new UnauthorizedException('A bearer token is required');
    const user = await this.verifier.verify(match[1]);
    request.user = user;
    if (!policy) throw new ForbiddenException('This route declares no access policy');
    if (!policy.roles.includes(user.role)) {
      throw new ForbiddenException(`Role ${user.role} may not use this route`);
    }
    return true;
  }
}
