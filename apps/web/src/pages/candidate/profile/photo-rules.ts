import type { Schemas } from '../../../api/client';
import { ApiError } from '../../../api/errors';

/**
 * FA-6: what the API checks a photo against, as it states it (GET /me/photo/requirements: the limits of this
 * deployment's configuration). The guidance, the checks before sending and the explanation of a refusal all
 * use these numbers; a refusal carries the limits it applied, and those come first.
 */
export type PhotoRequirements = Schemas['PhotoRequirements'];

export function photoGuidance(rules: PhotoRequirements): string[] {
  const background = rules.whiteBackground;
  return [
    `本人近期正面免冠二寸彩色证件照${background.required ? '，白色背景（蓝底、红底、灰底都不行）' : ''}。`,
    '与申请《助理全科医生培训合格证书》的照片必须一致，准考证上也使用这张照片。',
    'JPEG 格式（.jpg）。按文件内容识别：把 PNG 改名为 .jpg 仍会被拒绝。',
    `文件不超过 ${kilobytes(rules.maxBytes)}。`,
    `宽 ${rules.minWidth}–${rules.maxWidth} 像素、高 ${rules.minHeight}–${rules.maxHeight} 像素，宽高比约 ${rules.aspectRatio}（二寸 35:49，建议 413×579 像素）。`,
    ...(background.required
      ? [`白色背景按照片上方和两侧的边缘判断：红、绿、蓝三色的平均值都不低于 ${background.minChannelMean}（满值 255），且相差不超过 ${background.maxChannelSpread}。`]
      : []),
    '上传后照片会自动转正，并去除其中的拍摄位置、相机型号等信息。',
    '全科中心审核通过您的报名后，照片锁定，不能再更换。',
  ];
}

export function kilobytes(bytes: number): string {
  return `${Math.ceil(bytes / 1024)} KB`;
}

type Details = Record<string, unknown>;
const num = (details: Details, key: string): number | undefined => (typeof details[key] === 'number' ? details[key] : undefined);

const KIND_NAME: Record<string, string> = { png: 'PNG', gif: 'GIF', webp: 'WebP' };

/** What a refusal of PUT /me/photo means for this photo, with the measured values and the limit the API applied. */
export function explainPhotoRefusal(error: unknown, rules: PhotoRequirements | undefined): string[] {
  if (!(error instanceof ApiError)) return [];
  const details: Details = typeof error.details === 'object' && error.details !== null ? (error.details as Details) : {};
  const width = num(details, 'width');
  const height = num(details, 'height');
  const size = width !== undefined && height !== undefined ? `${width}×${height} 像素` : '';
  switch (error.code) {
    case 'PHOTO_TOO_LARGE': {
      const bytes = num(details, 'bytes');
      const max = num(details, 'maxBytes') ?? rules?.maxBytes;
      return [`${bytes !== undefined ? `照片文件 ${kilobytes(bytes)}，` : ''}${max !== undefined ? `超过上限 ${kilobytes(max)}` : '超过上限'}。`, '请用图片工具降低质量或缩小到约 413×579 像素后重新上传。'];
    }
    case 'PAYLOAD_TOO_LARGE':
      return [rules ? `文件远大于照片上限（${kilobytes(rules.maxBytes)}），请压缩后重新上传。` : '文件远大于照片上限，请压缩后重新上传。'];
    case 'PHOTO_NOT_JPEG': {
      const detected = typeof details.detected === 'string' ? KIND_NAME[details.detected] : undefined;
      return [
        detected ? `所选文件实际是 ${detected} 图片（与文件扩展名无关）。` : '所选文件不是 JPEG 图片。',
        '请用图片工具“另存为 JPEG（.jpg）”后再上传。',
      ];
    }
    case 'FILE_TYPE_UNSUPPORTED':
      return ['请上传 JPEG（.jpg）格式的照片。'];
    case 'PHOTO_CORRUPT':
    case 'FILE_CORRUPT':
    case 'FILE_EMPTY':
      return ['照片文件不完整或已损坏（可能是下载或传输中断）。请重新导出照片后上传。'];
    case 'PHOTO_TOO_MANY_PIXELS': {
      const max = num(details, 'maxPixels') ?? rules?.maxPixels;
      return [`照片为 ${size}${max !== undefined ? `，超过 ${max.toLocaleString('zh-CN')} 像素的上限` : '，像素过多'}。`, '请缩小到约 413×579 像素后上传。'];
    }
    case 'PHOTO_DIMENSIONS_INVALID': {
      const reason = details.reason;
      const landscape = width !== undefined && height !== undefined && width > height ? ['这是一张横版照片；二寸证件照是竖版（宽小于高）。'] : [];
      if (reason === 'too-small')
        return [`照片为 ${size}，小于最小尺寸 ${num(details, 'minWidth') ?? rules?.minWidth}×${num(details, 'minHeight') ?? rules?.minHeight} 像素。`, ...landscape, '请使用更清晰（像素更高）的竖版照片。'];
      if (reason === 'too-large')
        return [`照片为 ${size}，大于最大尺寸 ${num(details, 'maxWidth') ?? rules?.maxWidth}×${num(details, 'maxHeight') ?? rules?.maxHeight} 像素。`, ...landscape, '请缩小到约 413×579 像素后上传。'];
      const ratio = num(details, 'aspectRatio');
      const expected = num(details, 'expectedAspectRatio') ?? rules?.aspectRatio;
      return [`照片为 ${size}${ratio !== undefined ? `，宽高比 ${ratio}` : ''}；二寸照的宽高比应为 35:49${expected !== undefined ? `（约 ${expected}，竖版）` : '（竖版）'}。`, ...landscape, '请按二寸比例裁剪（例如 413×579 像素）后上传。'];
    }
    case 'PHOTO_BACKGROUND_NOT_WHITE': {
      const mean = details.mean as { r?: number; g?: number; b?: number } | undefined;
      return [
        mean ? `照片上方和两侧背景的平均颜色为 RGB(${mean.r}, ${mean.g}, ${mean.b})，不是白色。` : '照片背景不是白色。',
        '请换用白色背景的证件照（蓝底、红底不行），照片四周不要有阴影或杂物。',
      ];
    }
    case 'PHOTO_LOCKED':
      return ['全科中心已审核通过您的报名，照片与证书照片须一致，不能再更换。如确需更换，请联系全科中心。'];
    default:
      return [];
  }
}

/** What the browser can see of a chosen file before sending it: its type by content, its size and pixels. */
export interface LocalPhoto {
  url: string;
  name: string;
  bytes: number;
  isJpeg: boolean;
  width: number | null;
  height: number | null;
}

export async function inspectPhoto(file: File): Promise<LocalPhoto> {
  const head = new Uint8Array(await file.slice(0, 3).arrayBuffer());
  const isJpeg = head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff;
  const url = URL.createObjectURL(file);
  let width: number | null = null;
  let height: number | null = null;
  try {
    const bitmap = await createImageBitmap(file);
    width = bitmap.width;
    height = bitmap.height;
    bitmap.close();
  } catch {
    // Not an image the browser can read: the API says why.
  }
  return { url, name: file.name, bytes: file.size, isJpeg, width, height };
}

/** Where a chosen photo already misses the API's rules, said before it is sent (the API has the last word). */
export function localWarnings(photo: LocalPhoto, rules: PhotoRequirements): string[] {
  const warnings: string[] = [];
  if (!photo.isJpeg) warnings.push('这不是 JPEG 图片（按内容判断），上传会被拒绝。');
  if (photo.bytes > rules.maxBytes) warnings.push(`文件 ${kilobytes(photo.bytes)}，超过 ${kilobytes(rules.maxBytes)}。`);
  if (photo.width !== null && photo.height !== null) {
    const { width, height } = photo;
    if (width < rules.minWidth || height < rules.minHeight) warnings.push(`${width}×${height} 像素，小于 ${rules.minWidth}×${rules.minHeight}。`);
    else if (width > rules.maxWidth || height > rules.maxHeight) warnings.push(`${width}×${height} 像素，大于 ${rules.maxWidth}×${rules.maxHeight}。`);
    else if (Math.abs(width / height - rules.aspectRatio) > rules.aspectTolerance) warnings.push(`宽高比 ${(width / height).toFixed(3)}，不是二寸照的 35:49（约 ${rules.aspectRatio}）。`);
  }
  return warnings;
}
