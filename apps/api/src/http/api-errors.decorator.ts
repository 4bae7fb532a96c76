import { ErrorCode } from '@app/common/errors';
import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ERROR_CATALOGUE } from './error-catalogue';

/**
 * OpenAPI: the coded errors a route answers, one response per status (a status documented twice would
 * keep only the last), each listing its codes with their messages.
 */
export function ApiErrors(...codes: ErrorCode[]): MethodDecorator & ClassDecorator {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) {
    const { status } = ERROR_CATALOGUE[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return applyDecorators(
    ...[...byStatus].map(([status, listed]) =>
      ApiResponse({
        status,
        description: listed.map((code) => `\`${code}\`: ${ERROR_CATALOGUE[code].zh} / ${ERROR_CATALOGUE[code].en}`).join('; '),
        // Errors are JSON even on a route that produces a PDF.
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['code', 'message'],
              properties: {
                code: { type: 'string', enum: listed },
                message: { type: 'object', properties: { zh: { type: 'string' }, en: { type: 'string' } } },
                details: { type: 'object', additionalProperties: true },
              },
            },
          },
        },
      }),
    ),
  );
}
