import { ASSESSMENT_ERRORS } from '@app/assessment/errors';
import { COMMON_ERRORS, ErrorCode } from '@app/common/errors';
import { IDENTITY_ERRORS } from '@app/identity/errors';
import { RECRUITMENT_ERRORS } from '@app/recruitment/errors';
import { SCORE_ERRORS } from '@app/scores/errors';
import { TICKET_ERRORS } from '@app/tickets/errors';
import { TRAINING_ERRORS } from '@app/training/errors';

const EVERY_CODE = { ...COMMON_ERRORS, ...IDENTITY_ERRORS, ...TRAINING_ERRORS, ...ASSESSMENT_ERRORS, ...TICKET_ERRORS, ...SCORE_ERRORS, ...RECRUITMENT_ERRORS };

// A failed job's reason (the queue board, a failed score import) is the DomainError's message: the worker must
// load every library's catalogue, or a code's message would fall back to the code itself.
it('errors the worker module loads every library catalogue, so each DomainError carries its English text', async () => {
  let messages: string[] = [];
  // A module registry of its own: only what the worker module loads registers messages there.
  await jest.isolateModulesAsync(async () => {
    await import('./worker.module');
    const { DomainError } = await import('@app/common/errors');
    messages = Object.keys(EVERY_CODE).map((code) => new DomainError(code as ErrorCode).message);
  });
  expect(messages).toEqual(Object.values(EVERY_CODE).map((definition) => definition.en));
});
