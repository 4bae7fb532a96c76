import { Actor, Role } from '@app/common/actor';
import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';

export const PUBLIC_KEY = 'route:public';
export const ROLES_KEY = 'route:roles';
export const PASSWORD_CHANGE_ALLOWED_KEY = 'route:password-change-allowed';

/** No token needed (login, register, health, docs). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Answers while the account must change its password (change-password, logout). */
export const PasswordChangeAllowed = () => SetMetadata(PASSWORD_CHANGE_ALLOWED_KEY, true);

/** Only these roles may call the route; scope is checked again by the service on the record itself. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export interface RequestWithActor {
  actor?: Actor;
  /** The login (refresh-token family) of the verified access token. */
  tokenFamilyId?: number;
  headers: Record<string, string | string[] | undefined>;
}

/** The verified actor of the request. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const request = context.switchToHttp().getRequest<RequestWithActor>();
  return request.actor!;
});

/** The login the request's access token belongs to. */
export const CurrentLogin = createParamDecorator((_data: unknown, context: ExecutionContext): number => {
  const request = context.switchToHttp().getRequest<RequestWithActor>();
  return request.tokenFamilyId!;
});
