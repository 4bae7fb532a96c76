import { DomainError } from '@app/common/errors';
import { FastifyRequest } from 'fastify';

/** Reads the single file of a multipart request into memory, within the byte limit of the route. */
export async function readSingleUpload(request: FastifyRequest, maxBytes: number): Promise<{ buffer: Buffer; filename: string }> {
  if (!request.isMultipart()) throw new DomainError('FILE_MISSING', { expected: 'multipart/form-data with a field "file"' });
  const part = await request.file({ limits: { fileSize: maxBytes, files: 1 } });
  if (!part) throw new DomainError('FILE_MISSING');
  if (part.fieldname !== 'file') throw new DomainError('FILE_MISSING', { expected: 'a multipart field named "file"', received: part.fieldname });
  let buffer: Buffer;
  try {
    buffer = await part.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new DomainError('PAYLOAD_TOO_LARGE', { limitBytes: maxBytes });
    throw error;
  }
  if (buffer.length === 0) throw new DomainError('FILE_EMPTY');
  return { buffer, filename: part.filename };
}
