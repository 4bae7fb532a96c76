/**
 * TK-5: why a ticket could not be rendered, for the centre. The renderer records the failure's message; this
 * turns it into a reason and what to do about it. Failures that are not bad data (the browser) are retried by
 * the queue and never recorded, so every recorded one needs someone to fix the data, then generate again.
 */
export type RenderFailureCode = 'PHOTO_MISSING' | 'PHOTO_FILE_MISSING' | 'ROOM_DATA_INVALID' | 'CONTENT_INVALID';

export interface RenderFailureReason {
  code: RenderFailureCode;
  zh: string;
  en: string;
}

const REASONS: Record<RenderFailureCode, Omit<RenderFailureReason, 'code'>> = {
  PHOTO_MISSING: { zh: '考生没有报名照片：请考生上传照片后重新生成', en: 'The candidate has no photo: have it uploaded, then generate again' },
  PHOTO_FILE_MISSING: { zh: '报名照片文件已丢失（存储中找不到）：请考生重新上传照片后重新生成', en: 'The photo file is missing from storage: have it uploaded again, then generate again' },
  ROOM_DATA_INVALID: { zh: '考场（站组）设置有误，无法读取：请检查考点的场次与考场后重新生成', en: 'The slot\'s rooms cannot be read: check the site\'s slots and rooms, then generate again' },
  CONTENT_INVALID: { zh: '准考证内容有误，无法生成：请检查考生与考点信息后重新生成', en: 'The ticket\'s content is invalid: check the candidate\'s and the site\'s data, then generate again' },
};

export function renderFailureReason(message: string): RenderFailureReason {
  const code: RenderFailureCode =
    message === 'the candidate has no photo'
      ? 'PHOTO_MISSING'
      : /^ENOENT\b|no such file|not found/i.test(message)
        ? 'PHOTO_FILE_MISSING'
        : /JSON/.test(message)
          ? 'ROOM_DATA_INVALID'
          : 'CONTENT_INVALID';
  return { code, ...REASONS[code] };
}
