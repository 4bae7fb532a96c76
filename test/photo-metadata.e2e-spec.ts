import { jpegMetadataMarkers } from '@app/common/photo/jpeg-segments';
import { samplePortraitJpeg } from '@app/common/photo/sample-photo';
import { AppConfig } from '@app/common/config';
import { FileStorage } from '@app/common/storage';
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { bearer, binaryBody, createStaff, importRoster, login, PASSWORD, residentId } from './support/fixtures';
import { resetData, startApi, TestApi } from './support/test-api';

const SECRETS = ['SecretCam', 'Model X-42', 'PhoneOS'];

/** A phone's photo: camera make and model in IFD0, capture time, and a GPS position (Fuzhou) in the GPS IFD. */
async function phonePhoto(jpeg: Buffer, orientation?: number): Promise<Buffer> {
  const tagged = sharp(jpeg).withExif({
    IFD0: { Make: 'SecretCam', Model: 'Model X-42', Software: 'PhoneOS 17.2' },
    IFD2: { DateTimeOriginal: '2024:03:01 10:00:00' },
    IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '26/1 4/1 3000/100', GPSLongitudeRef: 'E', GPSLongitude: '119/1 17/1 4200/100' },
  });
  return (orientation ? tagged.withMetadata({ orientation }) : tagged).jpeg({ quality: 85 }).toBuffer();
}

/** The GPS IFD pointer (tag 0x8825) in either byte order. */
function hasGpsPointer(exif: Buffer): boolean {
  return exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]));
}

/** Mean brightness of a horizontal band of the stored pixels, ignoring any orientation tag. */
async function bandMean(jpeg: Buffer, top: number, bottom: number): Promise<number> {
  const { data, info } = await sharp(jpeg, { autoOrient: false }).greyscale().raw().toBuffer({ resolveWithObject: true });
  let sum = 0;
  let count = 0;
  for (let y = Math.floor(info.height * top); y < Math.floor(info.height * bottom); y++) {
    for (let x = 0; x < info.width; x++) {
      sum += data[y * info.width + x];
      count++;
    }
  }
  return sum / count;
}

async function expectNoMetadata(jpeg: Buffer): Promise<void> {
  const metadata = await sharp(jpeg).metadata();
  expect(metadata.format).toBe('jpeg');
  expect(metadata.exif).toBeUndefined();
  expect(metadata.xmp).toBeUndefined();
  expect(metadata.iptc).toBeUndefined();
  expect(metadata.orientation).toBeUndefined();
  expect(jpegMetadataMarkers(jpeg)).toEqual([]);
  for (const secret of SECRETS) expect(jpeg.includes(secret)).toBe(false);
}

describe('FA-6 uploaded photos are stored and served without their metadata (GPS, camera), upright', () => {
  let api: TestApi;
  let baseToken: string;
  let candidate: string;
  let traineeId: number;

  const served = async (path: string, token: string): Promise<Buffer> =>
    (await api.http.get(path).set(bearer(token)).buffer(true).parse(binaryBody).expect(200)).body as Buffer;
  const stored = async (): Promise<{ content: Buffer; sha: string }> => {
    const [row] = await api.dataSource.query('SELECT photo_key AS photoKey, photo_sha256 AS sha FROM trainee WHERE id = ?', [traineeId]);
    return { content: await api.app.get(FileStorage).get(row.photoKey), sha: row.sha };
  };

  beforeAll(async () => {
    api = await startApi();
    await resetData(api.dataSource);
    await createStaff(api, 'base1', 'BASE_REVIEWER', '福州市第一总医院');
    baseToken = await login(api, 'base1');
    const idNumber = residentId('19990312', '123');
    await importRoster(api, baseToken, [{ name: '林晓华', idNumber }]);
    const registered = await api.http.post('/auth/register').send({ username: 'lin', password: PASSWORD, name: '林晓华', idType: 'RESIDENT_ID', idNumber }).expect(201);
    candidate = registered.body.accessToken;
    traineeId = registered.body.user.traineeId;
  });

  afterAll(async () => {
    await api.close();
  });

  it('FA-6 the candidate reads the limits the upload applies, from the server\'s configuration; staff are refused', async () => {
    const { photoPolicy } = api.app.get(AppConfig);
    const requirements = await api.http.get('/me/photo/requirements').set(bearer(candidate)).expect(200);
    expect(requirements.body).toEqual({
      format: 'JPEG',
      maxBytes: photoPolicy.maxBytes,
      minWidth: photoPolicy.minWidth,
      minHeight: photoPolicy.minHeight,
      maxWidth: photoPolicy.maxWidth,
      maxHeight: photoPolicy.maxHeight,
      maxPixels: photoPolicy.maxPixels,
      aspectRatio: 0.714,
      aspectTolerance: photoPolicy.aspectTolerance,
      whiteBackground: { required: photoPolicy.requireWhiteBackground, minChannelMean: 200, maxChannelSpread: 30, borderFraction: 0.08 },
    });
    // A photo one byte over the stated size is refused with that same limit.
    const tooBig = Buffer.concat([await samplePortraitJpeg(), Buffer.alloc(requirements.body.maxBytes)]);
    const refused = await api.http.put('/me/photo').set(bearer(candidate)).attach('file', tooBig.subarray(0, requirements.body.maxBytes + 1), 'photo.jpg').expect(413);
    expect([refused.body.code, refused.body.details.maxBytes]).toEqual(['PHOTO_TOO_LARGE', requirements.body.maxBytes]);
    expect((await api.http.get('/me/photo/requirements').set(bearer(baseToken)).expect(403)).body.code).toBe('FORBIDDEN_ROLE');
  });

  it('a JPEG with EXIF GPS position and camera model is accepted; the stored and served files carry none of it', async () => {
    const upload = await phonePhoto(await samplePortraitJpeg());
    const sent = await sharp(upload).metadata();
    expect(sent.exif?.toString('latin1')).toContain('Model X-42');
    expect(hasGpsPointer(sent.exif!)).toBe(true);

    await api.http.put('/me/photo').set(bearer(candidate)).attach('file', upload, 'photo.jpg').expect(200);

    const file = await stored();
    await expectNoMetadata(file.content);
    expect(await sharp(file.content).metadata()).toMatchObject({ width: 413, height: 579 });
    // The recorded digest is the stored file's, so it proves later that the approved photo did not change.
    expect(file.sha).toBe(createHash('sha256').update(file.content).digest('hex'));

    const own = await served('/me/photo', candidate);
    const byBase = await served(`/trainees/${traineeId}/photo`, baseToken);
    await expectNoMetadata(own);
    expect(Buffer.compare(own, file.content)).toBe(0);
    expect(Buffer.compare(byBase, file.content)).toBe(0);

    const [audit] = await api.dataSource.query(
      "SELECT `after` FROM audit_record WHERE action = 'PHOTO_UPLOADED' AND entity_id = ? ORDER BY id DESC LIMIT 1",
      [String(traineeId)],
    );
    const after = typeof audit.after === 'string' ? JSON.parse(audit.after) : audit.after;
    expect(after).toMatchObject({ photoSha256: file.sha, bytes: file.content.length, uploadedBytes: upload.length });
  });

  it('a photo stored sideways with an EXIF orientation tag comes out upright, without the tag', async () => {
    const upright = await samplePortraitJpeg();
    // The camera's pixels lie on their side (579×413); orientation 6 tells a viewer to turn them upright.
    const sideways = await phonePhoto(await sharp(upright).rotate(-90).toBuffer(), 6);
    expect(await sharp(sideways).metadata()).toMatchObject({ width: 579, height: 413, orientation: 6 });

    await api.http.put('/me/photo').set(bearer(candidate)).attach('file', sideways, 'photo.jpg').expect(200);

    const photo = await served('/me/photo', candidate);
    await expectNoMetadata(photo);
    expect(await sharp(photo).metadata()).toMatchObject({ width: 413, height: 579 });
    // Upright in the pixels themselves: white backdrop on top, the shoulders at the bottom as in the original.
    expect(await bandMean(photo, 0, 0.08)).toBeGreaterThan(240);
    expect(Math.abs((await bandMean(photo, 0.9, 1)) - (await bandMean(upright, 0.9, 1)))).toBeLessThan(5);
  });
});
