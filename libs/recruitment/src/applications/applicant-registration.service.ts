import { AuditService } from '@app/common/audit';
import { PersonalDataCipher } from '@app/common/crypto';
import { DomainError } from '@app/common/errors';
import { checkIdNumber, IdDocumentType, maskIdNumber } from '@app/common/identity-document';
import { beijingDateOf, Clock } from '@app/common/time';
import { acceptedNewCredentials, AuthService, normaliseUsername, SessionToken } from '@app/identity';
import { Injectable } from '@nestjs/common';
import { ApplicationStore } from './application.store';

export interface ApplicantRegistration {
  username: string;
  password: string;
  name: string;
  idType: IdDocumentType;
  idNumber: string;
  phone: string;
}

/**
 * RC-1: an applicant registers a candidate account of their own (the same accounts and password policy as
 * candidates), with no trainee record; the identity it gives is what every application copies. One applicant
 * account per ID number: a second registration of the same person is refused (it is not a roster, so the answer
 * discloses only what the person already knows).
 */
@Injectable()
export class ApplicantRegistrationService {
  constructor(
    private readonly auth: AuthService,
    private readonly applications: ApplicationStore,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async register(request: ApplicantRegistration): Promise<SessionToken> {
    const username = acceptedNewCredentials(request.username, request.password);
    return (await this.open(username, request)).session;
  }

  /**
   * The demo applicant of `npm run up`: the demo accounts share one password, older and shorter than the policy for
   * new accounts, so only the username's form and the ID number are checked. Answers the new account's id.
   */
  async registerDemo(request: ApplicantRegistration): Promise<number> {
    return (await this.open(normaliseUsername(request.username), request)).accountId;
  }

  private async open(username: string, request: ApplicantRegistration): Promise<{ session: SessionToken; accountId: number }> {
    const checked = checkIdNumber(request.idType, request.idNumber, beijingDateOf(this.clock.now()));
    if (!checked.ok) throw new DomainError('ID_NUMBER_INVALID', { problem: checked.problem, message: checked.message });
    const name = request.name.trim();
    if (name === '') throw new DomainError('VALIDATION_FAILED', { field: 'name' });
    let accountId = 0;
    const session = await this.auth.openCandidateAccount({
      username,
      password: request.password,
      displayName: name,
      traineeId: null,
      baseId: null,
      phone: request.phone,
      alongside: async (manager, opened) => {
        accountId = opened;
        const inserted = await this.applications.insertApplicant(manager, {
          accountId,
          name,
          idType: checked.type,
          idHash: this.cipher.lookupHash(checked.type, checked.normalised),
          idCipher: this.cipher.encrypt(checked.normalised),
          idMasked: maskIdNumber(checked.type, checked.normalised),
          birthDate: checked.birthDate,
          phone: request.phone,
        });
        if (!inserted) throw new DomainError('APPLICANT_EXISTS');
        await this.audit.record(manager, { userId: accountId, role: 'CANDIDATE', organisationId: null, baseId: null, cityId: null, traineeId: null }, {
          action: 'RECRUITMENT_APPLICANT_REGISTERED',
          entityType: 'recruitment_applicant',
          entityId: accountId,
          after: { idType: checked.type, idMasked: maskIdNumber(checked.type, checked.normalised) },
        });
      },
    });
    return { session, accountId };
  }
}
