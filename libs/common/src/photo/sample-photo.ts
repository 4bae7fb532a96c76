import sharp from 'sharp';

/**
 * A plausible 2-inch ID photo (413×579, white background, a dark head-and-shoulders shape) for demo
 * accounts and tests: it passes the reference photo policy.
 */
export async function samplePortraitJpeg(options: { width?: number; height?: number; background?: string; quality?: number } = {}): Promise<Buffer> {
  const width = options.width ?? 413;
  const height = options.height ?? 579;
  const figure = Buffer.from(
    `<svg width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">
      <ellipse cx="${width / 2}" cy="${height * 0.4}" rx="${width * 0.2}" ry="${height * 0.17}" fill="#3b2f2a"/>
      <rect x="${width * 0.18}" y="${height * 0.62}" width="${width * 0.64}" height="${height * 0.38}" rx="${width * 0.2}" fill="#1f2a44"/>
    </svg>`,
  );
  return sharp({ create: { width, height, channels: 3, background: options.background ?? '#ffffff' } })
    .composite([{ input: figure, top: 0, left: 0 }])
    .jpeg({ quality: options.quality ?? 85 })
    .toBuffer();
}
