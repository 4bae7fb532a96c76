import { PersonalDataCipher } from '@app/common/crypto';
import { DomainError } from '@app/common/errors';
import { checkIdNumber, IdDocumentType } from '@app/common/identity-document';
import { beijingDateOf, Clock } from '@app/common/time';
import { acceptedNewCredentials, AuthService, DuplicateAccountError, SessionToken } from '@app/identity';
import { Injectable } from '@nestjs/common';
import { TraineeStore } from '../trainee.store';

export interface RegistrationRequest {
  username: string;
  password: string;
  name: string;
  idType: IdDocumentType;
  idNumber: string;
}

/** A trainee creates their own account by proving name + ID number match their base's roster. */
@Injectable()
export class CandidateRegistrationService {
  constructor(
    private readonly trainees: TraineeStore,
    private readonly auth: AuthService,
    private readonly cipher: PersonalDataCipher,
    private readonly clock: Clock,
  ) {}

  async register(request: RegistrationRequest): Promise<SessionToken> {
    const username = acceptedNewCredentials(request.username, request.password);
    const checked = checkIdNumber(request.idType, request.idNumber, beijingDateOf(this.clock.now()));
    if (!checked.ok) throw new DomainError('ID_NUMBER_INVALID', { problem: checked.problem, message: checked.message });
    const idHash = this.cipher.lookupHash(checked.type, checked.normalised);
    // The same two look-ups whatever the outcome, and one answer for "not on a roster", "another name" and
    // "already has an account": a stranger learns nothing about who is on a roster, by the answer or its timing.
    const trainee = await this.trainees.byIdHash(idHash);
    const linked = await this.auth.isTraineeLinked(trainee?.id ?? 0);
    if (!trainee || trainee.name !== request.name.trim() || linked) throw new DomainError('TRAINEE_NOT_REGISTRABLE');
    return this.auth
      .openCandidateAccount({ username, password: request.password, displayName: trainee.name, traineeId: trainee.id, baseId: trainee.baseId })
      .catch((error: unknown) => {
        // Two registrations for one trainee at once: the loser gets the same answer as any other.
        if (error instanceof DuplicateAccountError && error.key === 'trainee') throw new DomainError('TRAINEE_NOT_REGISTRABLE');
        throw error;
      });
  }
}
