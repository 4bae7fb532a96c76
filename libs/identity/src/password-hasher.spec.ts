import { PasswordHasher } from './password-hasher';

// Written by the earlier hashing library (argon2 0.45, argon2id with its defaults) before the switch: accounts
// created then must keep logging in.
const EARLIER_HASHES = [
  { password: 'Demo#2024', hash: '$argon2id$v=19$m=65536,p=4,t=3$zq2riiHJuJxMFH4OowRdRA$Rvv4Ip58eU9lwGMrASpYdNXReQQmSqrkiSmkntstOXs' },
  { password: 'correct horse battery', hash: '$argon2id$v=19$m=65536,p=4,t=3$8XThSIInWBAXxG87qISozA$hg3pzW+5s5Kji8r2CBriQHQVvp6V+EMmNeVpkve8tWA' },
];

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it.each(EARLIER_HASHES)('verifies a hash stored by the earlier library ($password)', async ({ password, hash }) => {
    await expect(hasher.verify(hash, password)).resolves.toBe(true);
    await expect(hasher.verify(hash, `${password}x`)).resolves.toBe(false);
  });

  it('writes argon2id with the same parameters as the earlier library, and a fresh salt each time', async () => {
    const first = await hasher.hash('Demo#2024');
    const second = await hasher.hash('Demo#2024');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=65536,t=3,p=4\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(second).not.toBe(first);
    await expect(hasher.verify(first, 'Demo#2024')).resolves.toBe(true);
  });

  it('refuses with no stored hash, and on a malformed one, without throwing', async () => {
    await expect(hasher.verify(null, 'not a password of anyone')).resolves.toBe(false);
    await expect(hasher.verify('$argon2id$v=19$garbage', 'Demo#2024')).resolves.toBe(false);
  });
});
