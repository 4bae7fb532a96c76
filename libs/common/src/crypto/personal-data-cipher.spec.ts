import { createHmac, randomBytes } from 'node:crypto';
import { decodeKey, PersonalDataCipher } from './personal-data-cipher';

const encryptionKey = Buffer.alloc(32, 0x11);
const hashKey = Buffer.alloc(32, 0x22);

describe('PersonalDataCipher', () => {
  const cipher = new PersonalDataCipher(encryptionKey, hashKey);

  it.each(['350102199001011234', '11010119900307001X', '吉𠮷', ''])('round-trips %j', (plain) => {
    const stored = cipher.encrypt(plain);
    expect(stored).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(cipher.decrypt(stored)).toBe(plain);
  });

  it('lays out iv(12) | tag(16) | ciphertext after the version prefix', () => {
    const raw = Buffer.from(cipher.encrypt('350102199001011234').slice(3), 'base64url');
    expect(raw.length).toBe(12 + 16 + 18);
  });

  it('uses a fresh IV, so two encryptions of the same value differ', () => {
    const first = cipher.encrypt('350102199001011234');
    const second = cipher.encrypt('350102199001011234');
    expect(first).not.toBe(second);
    expect(Buffer.from(first.slice(3), 'base64url').subarray(0, 12)).not.toEqual(Buffer.from(second.slice(3), 'base64url').subarray(0, 12));
  });

  it('refuses tampered ciphertext, tag or IV', () => {
    const raw = Buffer.from(cipher.encrypt('350102199001011234').slice(3), 'base64url');
    for (const index of [0, 12, raw.length - 1]) {
      const tampered = Buffer.from(raw);
      tampered[index] ^= 0x01;
      expect(() => cipher.decrypt(`v1.${tampered.toString('base64url')}`)).toThrow(/authentication/);
    }
    expect(() => cipher.decrypt(`v1.${raw.subarray(0, raw.length - 1).toString('base64url')}`)).toThrow(Error);
  });

  it('refuses another key, an unknown version and malformed input', () => {
    const stored = cipher.encrypt('350102199001011234');
    const other = new PersonalDataCipher(Buffer.alloc(32, 0x33), hashKey);
    expect(() => other.decrypt(stored)).toThrow(/authentication/);
    expect(() => cipher.decrypt(`v2.${stored.slice(3)}`)).toThrow(/version/);
    expect(() => cipher.decrypt(stored.slice(3))).toThrow(/version/);
    expect(() => cipher.decrypt('v1.AAAA')).toThrow(/malformed/);
    expect(() => cipher.decrypt('v1.not base64!')).toThrow(/malformed/);
  });

  it('gives a stable, type-sensitive, keyed look-up hash', () => {
    const hash = cipher.lookupHash('RESIDENT_ID', '350102199001011234');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(new PersonalDataCipher(Buffer.from(encryptionKey), Buffer.from(hashKey)).lookupHash('RESIDENT_ID', '350102199001011234')).toBe(hash);
    expect(cipher.lookupHash('PASSPORT', '350102199001011234')).not.toBe(hash);
    expect(cipher.lookupHash('RESIDENT_ID', '350102199001011235')).not.toBe(hash);
    expect(new PersonalDataCipher(encryptionKey, Buffer.alloc(32, 0x44)).lookupHash('RESIDENT_ID', '350102199001011234')).not.toBe(hash);
    // Known answer, so a refactor cannot silently change every stored hash.
    expect(hash).toBe(createHmac('sha256', hashKey).update('RESIDENT_ID:350102199001011234').digest('hex'));
  });

  it('refuses a document type that would make the hashed string ambiguous', () => {
    expect(() => cipher.lookupHash('A:B', 'C')).toThrow(RangeError);
    expect(() => cipher.lookupHash('', 'C')).toThrow(RangeError);
  });

  it('rejects keys that are not 32 bytes', () => {
    expect(() => new PersonalDataCipher(Buffer.alloc(16), hashKey)).toThrow(RangeError);
    expect(() => new PersonalDataCipher(encryptionKey, Buffer.alloc(33))).toThrow(RangeError);
    expect(() => new PersonalDataCipher(Buffer.alloc(0), Buffer.alloc(0))).toThrow(RangeError);
  });

  it('keeps its own copy of the keys', () => {
    const key = Buffer.alloc(32, 0x55);
    const own = new PersonalDataCipher(key, hashKey);
    const stored = own.encrypt('x');
    key.fill(0);
    expect(own.decrypt(stored)).toBe('x');
  });
});

describe('decodeKey', () => {
  const key = randomBytes(32);

  it('accepts base64 and base64url, with or without padding and surrounding whitespace', () => {
    expect(decodeKey(key.toString('base64'))).toEqual(key);
    expect(decodeKey(key.toString('base64').replace(/=+$/, ''))).toEqual(key);
    expect(decodeKey(key.toString('base64url'))).toEqual(key);
    expect(decodeKey(`${key.toString('base64')}\n`)).toEqual(key);
  });

  it('rejects other lengths and non-base64 text', () => {
    expect(() => decodeKey(randomBytes(16).toString('base64'))).toThrow(RangeError);
    expect(() => decodeKey(randomBytes(33).toString('base64'))).toThrow(RangeError);
    expect(() => decodeKey('')).toThrow(RangeError);
    expect(() => decodeKey('not a key at all, definitely not base64!!')).toThrow(RangeError);
    // 43 characters, right length, but mixing the two alphabets.
    expect(() => decodeKey(`A+_${'A'.repeat(40)}`)).toThrow(RangeError);
  });
});
