import { defineErrors } from '@app/common/errors';

/**
 * Recruitment's error codes (SPEC Part D). The API merges every library's catalogue; codes are a public contract,
 * never renamed. Grouped by area: rounds and scope first, then each capability's own.
 */
export const RECRUITMENT_ERRORS = defineErrors({
  ROUND_NOT_FOUND: { status: 404, zh: '招录批次不存在', en: 'Recruitment round not found' },
  ROUND_NOT_IN_JURISDICTION: { status: 403, zh: '该招录批次不属于本机构管辖', en: 'This round belongs to another jurisdiction' },
  ROUND_CHANGED: { status: 409, zh: '招录批次已被他人修改，请刷新后重试', en: 'The round changed meanwhile; reload and try again' },
});

declare module '@app/common/errors' {
  interface ErrorCatalogues {
    recruitment: typeof RECRUITMENT_ERRORS;
  }
}
