import { ErrorCode } from '@app/common/errors';

export const API_ERRORS_KEY = 'route:api-errors';

/**
 * OpenAPI: the coded errors a route's service can answer, on a handler or on a controller (then for each of
 * its routes). Several merge: the document lists, per status, the codes of the controller, of the handler and
 * those the route's guards, pipes and body parser add (see docs/route-errors.ts), so no decorator overwrites
 * another's codes of the same status.
 */
export function ApiErrors(...codes: ErrorCode[]): MethodDecorator & ClassDecorator {
  return (target: object, _key?: string | symbol, descriptor?: PropertyDescriptor) => {
    const holder: object = descriptor ? (descriptor.value as object) : target;
    const listed = (Reflect.getOwnMetadata(API_ERRORS_KEY, holder) as ErrorCode[] | undefined) ?? [];
    Reflect.defineMetadata(API_ERRORS_KEY, [...listed, ...codes], holder);
  };
}
