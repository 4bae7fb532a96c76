import { Injectable } from '@nestjs/common';
import { Algorithm, hash, verify } from '@node-rs/argon2';

/**
 * argon2id at the parameters every stored hash has used so far (64 MiB, 3 passes, 4 lanes, 32-byte output); kept
 * off every hot path but login. @node-rs/argon2 ships prebuilt binaries for each platform, so installing it needs no
 * compiler, and it reads the standard encoded form, so hashes written by earlier versions verify unchanged.
 */
export const PASSWORD_HASH_PARAMETERS = { algorithm: Algorithm.Argon2id, memoryCost: 65536, timeCost: 3, parallelism: 4, outputLen: 32 } as const;

@Injectable()
export class PasswordHasher {
  private dummyHash: Promise<string> | null = null;

  hash(password: string): Promise<string> {
    return hash(password, PASSWORD_HASH_PARAMETERS);
  }

  /** With no stored hash, still spend the time of one verification so timing does not reveal unknown usernames. */
  async verify(storedHash: string | null, password: string): Promise<boolean> {
    this.dummyHash ??= this.hash('not a password of anyone');
    try {
      const matches = await verify(storedHash ?? (await this.dummyHash), password);
      return storedHash !== null && matches;
    } catch {
      return false;
    }
  }
}
