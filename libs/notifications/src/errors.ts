import { defineErrors } from '@app/common/errors';

/**
 * Notifications' error codes: the candidate's message centre. The API merges every library's catalogue;
 * codes are a public contract, never renamed.
 */
export const NOTIFICATION_ERRORS = defineErrors({
  // Also for another candidate's message: ids tell nothing about others' messages.
  MESSAGE_NOT_FOUND: { status: 404, zh: '消息不存在', en: 'Message not found' },
});

declare module '@app/common/errors' {
  interface ErrorCatalogues {
    notifications: typeof NOTIFICATION_ERRORS;
  }
}
