import { renderFailureReason } from './render-failure.rules';

describe('renderFailureReason', () => {
  it('TK-5 a candidate without a photo: PHOTO_MISSING, with what to do, in Chinese', () => {
    expect(renderFailureReason('the candidate has no photo')).toEqual({
      code: 'PHOTO_MISSING',
      zh: '考生没有报名照片：请考生上传照片后重新生成',
      en: 'The candidate has no photo: have it uploaded, then generate again',
    });
  });

  it.each([['ENOENT: photos/gone.jpg'], ['ENOENT: no such file or directory, open \'/var/files/photos/3.jpg\''], ['object not found: photos/3.jpg']])(
    'TK-5 a photo file storage cannot find (%s): PHOTO_FILE_MISSING',
    (message) => {
      const reason = renderFailureReason(message);
      expect(reason.code).toBe('PHOTO_FILE_MISSING');
      expect(reason.zh).toBe('报名照片文件已丢失（存储中找不到）：请考生重新上传照片后重新生成');
    },
  );

  it('TK-5 rooms that are not JSON: ROOM_DATA_INVALID', () => {
    expect(renderFailureReason('Unexpected token n in JSON at position 1').code).toBe('ROOM_DATA_INVALID');
    expect(renderFailureReason('Expected property name or \'}\' in JSON at position 1 (line 1 column 2)').zh).toBe('考场（站组）设置有误，无法读取：请检查考点的场次与考场后重新生成');
  });

  it('TK-5 anything else is CONTENT_INVALID, never an empty reason', () => {
    expect(renderFailureReason('Cannot read properties of undefined (reading \'split\')')).toEqual({
      code: 'CONTENT_INVALID',
      zh: '准考证内容有误，无法生成：请检查考生与考点信息后重新生成',
      en: 'The ticket\'s content is invalid: check the candidate\'s and the site\'s data, then generate again',
    });
    expect(renderFailureReason('').code).toBe('CONTENT_INVALID');
  });
});
