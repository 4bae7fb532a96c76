import { ErrorCode } from '@app/common/errors';
import { ColumnSpec } from '@app/common/tabular';
import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import { ApiErrors } from '../http/api-errors.decorator';

export const PDF = 'application/pdf';
export const JPEG = 'image/jpeg';
export const CSV = 'text/csv';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What readSingleUpload refuses: no part named "file", an empty one, one over the route's limit. */
const UPLOAD_ERRORS: ErrorCode[] = ['FILE_MISSING', 'FILE_EMPTY', 'PAYLOAD_TOO_LARGE'];

/** What the table reader refuses before looking at a single row. */
export const TABLE_FILE_ERRORS: ErrorCode[] = ['FILE_TYPE_UNSUPPORTED', 'FILE_ENCODING_UNSUPPORTED', 'FILE_CORRUPT', 'FILE_EMPTY', 'SPREADSHEET_COLUMNS_INVALID', 'SPREADSHEET_TOO_LARGE'];

export const TABLE_FORMAT =
  'CSV (UTF-8 with or without a BOM, or GBK/GB18030; comma- or tab-separated) or XLSX (its first worksheet), recognised by content, not by name. ' +
  'Row 1 is the header: names are matched ignoring case and spaces, in any column order; other columns are ignored, a column named twice is refused ' +
  '(`SPREADSHEET_COLUMNS_INVALID`, with the missing, unknown and duplicate names).';

/** The accepted header names of a table, as a Markdown table for the OpenAPI description. */
export function describeColumns(columns: ReadonlyArray<ColumnSpec<string>>): string {
  const lines = columns.map((column) => `| \`${column.key}\` | ${column.headers.join(', ')} | ${column.required ? 'required' : 'optional'} |`);
  return ['| column | header names accepted | |', '| --- | --- | --- |', ...lines].join('\n');
}

/**
 * OpenAPI for a multipart/form-data upload with one binary part named "file" (`part`: what it holds; `format`: the
 * file format in full), and what a missing, empty or oversized one answers.
 */
export const ApiFileUpload = (part: string, format = part) =>
  applyDecorators(
    ApiConsumes('multipart/form-data'),
    ApiBody({
      description: format,
      required: true,
      schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: part } } },
    }),
    ApiErrors(...UPLOAD_ERRORS),
  );

/** An uploaded table (roster, score file, national list): its formats, its columns and the reader's refusals. */
export const ApiTableUpload = (what: string, columns: ReadonlyArray<ColumnSpec<string>>, notes = '') =>
  applyDecorators(
    ApiFileUpload(`${what}: CSV or XLSX`, [`${what}. ${TABLE_FORMAT}`, notes, describeColumns(columns)].filter((text) => text !== '').join('\n\n')),
    ApiErrors(...TABLE_FILE_ERRORS),
  );

/**
 * A binary answer (200) in one of `contentTypes`. An attachment carries its file name in Content-Disposition and
 * is never cached; errors stay JSON.
 */
export const ApiFileAnswer = (description: string, contentTypes: string[], options: { attachment: boolean } = { attachment: true }) =>
  applyDecorators(
    ApiProduces(...contentTypes),
    ApiOkResponse({
      description,
      content: Object.fromEntries(contentTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
      headers: {
        ...(options.attachment ? { 'Content-Disposition': { description: 'attachment; filename="…"', schema: { type: 'string' } } } : {}),
        'Cache-Control': { description: 'private, no-store', schema: { type: 'string' } },
      },
    }),
  );
