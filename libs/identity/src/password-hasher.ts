import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/** argon2id with the library's defaults (OWASP-recommended); kept off every hot path but login. */
@Injectable()
export class PasswordHasher {
  private dummyHash: Promise<string> | null = null;

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  /** With no stored hash, still spend the time of one verification so timing does not reveal unknown usernames. */
  async verify(hash: string | null, password: string): Promise<boolean> {
    this.dummyHash ??= this.hash('not a password of anyone');
    try {
      const matches = await argon2.verify(hash ?? (await this.dummyHash), password);
      return hash !== null && matches;
    } catch {
      return false;
    }
  }
}
