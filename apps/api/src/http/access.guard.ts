import { Role } from '@app/common/actor';
import { DomainError } from '@app/common/errors';
import { AuthService } from '@app/identity';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PASSWORD_CHANGE_ALLOWED_KEY, PUBLIC_KEY, RequestWithActor, ROLES_KEY } from './actor.decorator';

/**
 * Global: every route needs a valid bearer token whose account and login were not ended since (checked against
 * Redis, cached at most 1 s) unless marked @Public, and a listed role if @Roles. While the account must change
 * its password only routes marked @PasswordChangeAllowed answer.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<RequestWithActor>();
    const header = request.headers.authorization;
    const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7) : null;
    if (!token) throw new DomainError('UNAUTHENTICATED');
    const { actor, familyId, passwordChangeRequired } = await this.auth.authenticate(token);
    request.actor = actor;
    request.tokenFamilyId = familyId;
    if (passwordChangeRequired && !this.reflector.getAllAndOverride<boolean>(PASSWORD_CHANGE_ALLOWED_KEY, targets)) throw new DomainError('PASSWORD_CHANGE_REQUIRED');
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(actor.role as Role)) throw new DomainError('FORBIDDEN_ROLE');
    return true;
  }
}
