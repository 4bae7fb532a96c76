import { ErrorCode } from '@app/common/errors';
import { INestApplication, RequestMethod, Type } from '@nestjs/common';
import { GUARDS_METADATA, METHOD_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { DiscoveryService, ModulesContainer, Reflector } from '@nestjs/core';
import { ThrottlerGuard } from '@nestjs/throttler';
import { PASSWORD_CHANGE_ALLOWED_KEY, PUBLIC_KEY, ROLES_KEY } from '../http/actor.decorator';
import { API_ERRORS_KEY } from '../http/api-errors.decorator';
import { API_RESULTS_KEY, ApiResultFact } from './api-result';
import { RouteFacts } from './route-errors';

/** Types the global ValidationPipe passes through unchecked. */
const UNVALIDATED_TYPES: unknown[] = [String, Boolean, Number, Array, Object, Buffer, Date];
const VALIDATED_ARGUMENTS = new Set<number>([RouteParamtypes.BODY, RouteParamtypes.QUERY, RouteParamtypes.PARAM]);
const BODY_METHODS = new Set<RequestMethod>([RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE]);

interface RouteArgument {
  index: number;
  pipes?: unknown[];
}

/**
 * The facts of every route, keyed by its OpenAPI operation id (`Controller_method`, Swagger's default), read from
 * the same metadata the access guard, the pipes and the throttler act on.
 */
export function readRouteFacts(app: INestApplication): Map<string, RouteFacts> {
  // Built here rather than injected: the document is also written from an app in preview mode, which instantiates no provider.
  const reflector = new Reflector();
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const facts = new Map<string, RouteFacts>();
  for (const wrapper of discovery.getControllers()) {
    const controller = wrapper.metatype as Type | null;
    if (!controller) continue;
    const prototype = controller.prototype as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const handler = name === 'constructor' ? undefined : prototype[name];
      if (typeof handler !== 'function') continue;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (method === undefined) continue;
      const targets = [handler, controller];
      const guards = reflector.getAllAndMerge<unknown[]>(GUARDS_METADATA, targets);
      facts.set(`${controller.name}_${name}`, {
        isPublic: reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) === true,
        passwordChangeAllowed: reflector.getAllAndOverride<boolean>(PASSWORD_CHANGE_ALLOWED_KEY, targets) === true,
        roleLimited: reflector.getAllAndOverride<unknown[] | undefined>(ROLES_KEY, targets) !== undefined,
        throttled: guards.some((guard) => typeof guard === 'function' && (guard === ThrottlerGuard || guard.prototype instanceof ThrottlerGuard)),
        validatesInput: validatesInput(controller, name),
        takesBody: BODY_METHODS.has(method),
        listed: reflector.getAllAndMerge<ErrorCode[]>(API_ERRORS_KEY, [controller, handler]),
        results: (Reflect.getMetadata(API_RESULTS_KEY, handler) ?? []) as ApiResultFact[],
      });
    }
  }
  return facts;
}

/** A body, query or path argument with a pipe of its own (ParseIntPipe, …) or of a class the ValidationPipe checks. */
function validatesInput(controller: Type, name: string): boolean {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {}) as Record<string, RouteArgument>;
  const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, name) ?? []) as unknown[];
  return Object.entries(args).some(([key, arg]) => {
    const kind = Number(key.split(':')[0]);
    if (!VALIDATED_ARGUMENTS.has(kind)) return false;
    const type = types[arg.index];
    return (arg.pipes?.length ?? 0) > 0 || (typeof type === 'function' && !UNVALIDATED_TYPES.includes(type));
  });
}
