import { PersonalDataCipher } from '@app/common/crypto';
import { IdDocumentType, normaliseIdNumber } from '@app/common/identity-document';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RoundReference } from '../jurisdiction';
import { activeBans } from './bans.rules';
import { BanStore } from './ban.store';
import type { ActiveBan, BanRecord } from './ban.types';

/** RC-8 over the stored bans: recording what a policy decided, and finding what bars a person from a round. */
@Injectable()
export class BanRegistry {
  constructor(
    private readonly bans: BanStore,
    private readonly cipher: PersonalDataCipher,
  ) {}

  record(manager: EntityManager, idHash: string, roundId: number, record: BanRecord): Promise<void> {
    return this.bans.insertIgnoring(manager, { idHash, roundId, record });
  }

  /** The bans that hold against this person for `round` at `at`, from every round and jurisdiction. */
  async activeFor(idType: IdDocumentType, idNumber: string, round: RoundReference, at: Date): Promise<ActiveBan[]> {
    const normalised = normaliseIdNumber(idNumber);
    const records = await this.bans.history(this.cipher.lookupHash(idType, normalised), normalised);
    return activeBans({ idNumber: normalised, records }, round, at);
  }
}
