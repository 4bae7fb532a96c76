import { FastifyReply } from 'fastify';

/** A generated file as a download; personal documents are never cached by browsers or proxies. */
export async function sendAttachment(reply: FastifyReply, file: { content: Buffer; filename: string; contentType: string }): Promise<void> {
  await reply
    .header('Content-Type', file.contentType)
    .header('Content-Disposition', `attachment; filename="${file.filename}"`)
    .header('Cache-Control', 'private, no-store')
    .send(file.content);
}
