import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { TextDecoder } from 'node:util';

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const VERSION = 'v1';
const PREFIX = `${VERSION}.`;
const ALGORITHM = 'aes-256-gcm';

/** The version is authenticated too, so a ciphertext cannot be replayed under a future format. */
const AAD = Buffer.from(VERSION, 'utf8');

function requireKey(key: Buffer, name: string): Buffer {
  if (!Buffer.isBuffer(key) || key.length !== KEY_BYTES) {
    throw new RangeError(`${name} must be ${KEY_BYTES} bytes`);
  }
  // A private copy: the caller may zero or reuse its buffer.
  return Buffer.from(key);
}

/** ID numbers at rest: AES-256-GCM ciphertext plus a keyed HMAC-SHA256 for look-up and uniqueness. */
export class PersonalDataCipher {
  private readonly encryptionKey: Buffer;
  private readonly hashKey: Buffer;

  constructor(encryptionKey: Buffer, hashKey: Buffer) {
    this.encryptionKey = requireKey(encryptionKey, 'encryptionKey');
    this.hashKey = requireKey(hashKey, 'hashKey');
  }

  /** 'v1.' + base64url(iv(12) | tag(16) | ciphertext); a fresh random IV every time. */
  encrypt(plain: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.encryptionKey, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(AAD);
    const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url');
  }

  /** Throws on an unknown version, malformed input or any tampering (GCM authentication). */
  decrypt(stored: string): string {
    if (!stored.startsWith(PREFIX)) throw new Error('PersonalDataCipher: unknown ciphertext version');
    const body = stored.slice(PREFIX.length);
    if (!/^[A-Za-z0-9_-]*$/.test(body)) throw new Error('PersonalDataCipher: malformed ciphertext');
    const raw = Buffer.from(body, 'base64url');
    if (raw.length < IV_BYTES + TAG_BYTES) throw new Error('PersonalDataCipher: malformed ciphertext');

    const decipher = createDecipheriv(ALGORITHM, this.encryptionKey, raw.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
    decipher.setAAD(AAD);
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    try {
      const plain = Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
      return new TextDecoder('utf-8', { fatal: true }).decode(plain);
    } catch {
      throw new Error('PersonalDataCipher: ciphertext failed authentication');
    }
  }

  /**
   * 64 hex chars: HMAC-SHA256 of `${documentType}:${normalised}`. Deterministic, so it can back a unique
   * index and a look-up; the caller normalises (e.g. upper-case X in ID numbers) before hashing.
   */
  lookupHash(documentType: string, normalised: string): string {
    // A ':' in the type would make ('A:B', 'C') and ('A', 'B:C') hash alike.
    if (documentType === '' || documentType.includes(':')) throw new RangeError('documentType must be non-empty and contain no ":"');
    return createHmac('sha256', this.hashKey).update(`${documentType}:${normalised}`, 'utf8').digest('hex');
  }
}

/** Base64 or base64url (padding optional) of exactly 32 bytes, else RangeError. Surrounding whitespace is ignored. */
export function decodeKey(base64: string): Buffer {
  const text = base64.trim();
  const standard = /^[A-Za-z0-9+/]+={0,2}$/.test(text);
  const urlSafe = /^[A-Za-z0-9_-]+={0,2}$/.test(text);
  if (!standard && !urlSafe) throw new RangeError('Key must be base64 or base64url');
  const key = Buffer.from(text, urlSafe ? 'base64url' : 'base64');
  if (key.length !== KEY_BYTES) throw new RangeError(`Key must decode to ${KEY_BYTES} bytes, got ${key.length}`);
  return key;
}
