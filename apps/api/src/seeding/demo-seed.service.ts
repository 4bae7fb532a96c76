import { definitionFromReferenceFile, ReferenceSessionFile, SessionService } from '@app/assessment';
import { SYSTEM_ACTOR } from '@app/common/actor';
import { AppConfig } from '@app/common/config';
import { PersonalDataCipher } from '@app/common/crypto';
import { gb11643CheckChar, maskIdNumber } from '@app/common/identity-document';
import { samplePortraitJpeg } from '@app/common/photo/sample-photo';
import { FileStorage } from '@app/common/storage';
import { beijingDateOf, beijingYearOf, Clock } from '@app/common/time';
import { normaliseUsername, Organisation, OrganisationService, PasswordHasher, Role, UserAccount } from '@app/identity';
import { ApplicantRegistrationService, ApplicationService, DEMO_ROUND_REFERENCE, demoRoundCode, RoundStore } from '@app/recruitment';
import { Trainee } from '@app/training';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { demoSessionDefinition } from './demo-session';

export const DEMO_PASSWORD = 'Demo#2024';

interface DemoTrainee {
  username: string;
  name: string;
  base: string;
  birth: string;
  serial: string;
  rotationEndYearOffset: number;
}

/** Demo data for a newcomer: the Fujian 2024 reference session, a session open now, and one account per role. */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly organisations: OrganisationService,
    private readonly hasher: PasswordHasher,
    private readonly cipher: PersonalDataCipher,
    private readonly storage: FileStorage,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly applicants: ApplicantRegistrationService,
    private readonly applications: ApplicationService,
    private readonly rounds: RoundStore,
  ) {}

  async seed(): Promise<Array<{ username: string; role: Role; organisation: string }>> {
    const reference = JSON.parse(await readFile(join(this.configDir(), 'sessions', 'fujian-2024.json'), 'utf8')) as ReferenceSessionFile;
    await this.sessions.ensure(SYSTEM_ACTOR, definitionFromReferenceFile(reference));
    await this.sessions.ensure(SYSTEM_ACTOR, demoSessionDefinition(beijingDateOf(this.clock.now()), reference));

    const staff: Array<{ username: string; role: Role; organisation: string; displayName: string }> = [
      { username: 'centre', role: 'CENTRE_ADMIN', organisation: '福建省', displayName: '省全科医学培训中心' },
      { username: 'city-fuzhou', role: 'CITY_REVIEWER', organisation: '福州市', displayName: '福州市卫健委' },
      { username: 'base-fuzhou1', role: 'BASE_REVIEWER', organisation: '福州市第一总医院', displayName: '福州市第一总医院培训办' },
      { username: 'base-haicang', role: 'BASE_REVIEWER', organisation: '厦门市海沧医院', displayName: '厦门市海沧医院培训办' },
      { username: 'checker', role: 'CHECKER', organisation: '福建省', displayName: '省考点核验员' },
      // Recruitment: each jurisdiction's authority and one base reviewer (Fujian's are the accounts above).
      { username: 'centre-cq', role: 'CENTRE_ADMIN', organisation: '重庆市', displayName: '重庆市卫生健康委员会科教处' },
      { username: 'base-cq-banan', role: 'BASE_REVIEWER', organisation: '重庆市巴南区人民医院', displayName: '重庆市巴南区人民医院培训办' },
      { username: 'city-xiaogan', role: 'CITY_REVIEWER', organisation: '孝感市', displayName: '孝感市卫生健康委员会' },
      { username: 'base-xg1', role: 'BASE_REVIEWER', organisation: '孝感市第一人民医院', displayName: '孝感市第一人民医院培训办' },
    ];
    const year = beijingYearOf(this.clock.now());
    const trainees: DemoTrainee[] = [
      { username: 'cand-lin', name: '林晓华', base: '福州市第一总医院', birth: '19990312', serial: '123', rotationEndYearOffset: 0 },
      { username: 'cand-chen', name: '陈𠮷', base: '福州市第一总医院', birth: '19980704', serial: '246', rotationEndYearOffset: 0 },
      { username: 'cand-wang', name: '王芳', base: '福州市第一总医院', birth: '19960105', serial: '358', rotationEndYearOffset: -3 },
      { username: 'cand-xm', name: '黄志强', base: '厦门市海沧医院', birth: '19990921', serial: '471', rotationEndYearOffset: -1 },
    ];
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    for (const member of staff) {
      const organisation = await this.organisation(member.organisation);
      await this.ensureAccount({ username: member.username, role: member.role, displayName: member.displayName, organisationId: organisation.id, traineeId: null, passwordHash });
    }
    for (const demo of trainees) {
      const trainee = await this.ensureTrainee(demo, year);
      await this.ensureAccount({ username: demo.username, role: 'CANDIDATE', displayName: demo.name, organisationId: null, traineeId: trainee.id, passwordHash });
    }
    const candidates = trainees.map((t): { username: string; role: Role; organisation: string } => ({ username: t.username, role: 'CANDIDATE', organisation: t.base }));
    const applicant = await this.ensureApplicant();
    return [...staff.map(({ username, role, organisation }) => ({ username, role, organisation })), ...candidates, applicant];
  }

  /** An applicant account (no trainee record) with a draft in the demo round, which opens today. */
  private async ensureApplicant(): Promise<{ username: string; role: Role; organisation: string }> {
    const username = 'applicant-zhao';
    const today = beijingDateOf(this.clock.now());
    const round = await this.rounds.byCode(demoRoundCode(today));
    const shown = { username, role: 'CANDIDATE' as Role, organisation: `招录申请人（${round?.round.name ?? DEMO_ROUND_REFERENCE}，草稿）` };
    if (await this.dataSource.getRepository(UserAccount).existsBy({ username })) return shown;
    if (!round) throw new Error(`demo recruitment round ${demoRoundCode(today)} missing`);
    const first17 = '350121199807150' + '35';
    const accountId = await this.applicants.registerDemo({
      username,
      password: DEMO_PASSWORD,
      name: '赵明远',
      idType: 'RESIDENT_ID',
      idNumber: first17 + gb11643CheckChar(first17),
      phone: '13800000000',
    });
    const actor = { userId: accountId, role: 'CANDIDATE' as Role, organisationId: null, baseId: null, cityId: null, traineeId: null };
    const base = await this.organisation('福州市第一总医院');
    const draft = await this.applications.create(actor, round.id, {
      applicantType: 'INDEPENDENT',
      facts: {
        citizenship: 'MAINLAND',
        education: { level: 'COLLEGE', major: 'CLINICAL_MEDICINE', fullTime: true, lengthYears: 3, graduationYear: 2021, diplomaHeld: true, overseas: false },
        employment: null,
        sponsorship: 'NONE',
        servingMilitary: false,
        trainingRecords: [],
        licence: { qualification: 'NONE', gpScope: false },
      },
    });
    await this.applications.updateChoices(actor, draft.id, { baseIds: [base.id], acceptsAdjustment: true });
    this.logger.log(`demo applicant ${username}: a draft in ${round.round.code}`);
    return shown;
  }

  private configDir(): string {
    return this.config.fixturesDir ? join(this.config.fixturesDir, '..') : 'config';
  }

  private async organisation(name: string): Promise<Organisation> {
    const organisation = await this.organisations.byName(name);
    if (!organisation) throw new Error(`Demo organisation missing: ${name}`);
    return organisation;
  }

  private async ensureAccount(account: Pick<UserAccount, 'username' | 'role' | 'displayName' | 'organisationId' | 'traineeId' | 'passwordHash'>): Promise<void> {
    const repository = this.dataSource.getRepository(UserAccount);
    const username = normaliseUsername(account.username);
    if (await repository.existsBy({ username })) return;
    await repository.insert({ ...account, username, active: true });
  }

  private async ensureTrainee(demo: DemoTrainee, year: number): Promise<Trainee> {
    const base = await this.organisation(demo.base);
    const first17 = `350102${demo.birth}${demo.serial}`;
    const idNumber = first17 + gb11643CheckChar(first17);
    const idHash = this.cipher.lookupHash('RESIDENT_ID', idNumber);
    const repository = this.dataSource.getRepository(Trainee);
    const existing = await repository.findOneBy({ idHash });
    if (existing) return existing;
    const photo = await samplePortraitJpeg();
    const sha256 = createHash('sha256').update(photo).digest('hex');
    const photoKey = `photos/demo/${sha256}.jpg`;
    await this.storage.put(photoKey, photo);
    const trainee = repository.create({
      name: demo.name,
      idType: 'RESIDENT_ID',
      idHash,
      idCipher: this.cipher.encrypt(idNumber),
      idMasked: maskIdNumber('RESIDENT_ID', idNumber),
      baseId: base.id,
      cityId: base.cityId!,
      cohort: String(year - 2 + demo.rotationEndYearOffset),
      rotationEndDate: `${year + demo.rotationEndYearOffset}-06-30`,
      phaseTheoryPassed: true,
      processAssessmentPassed: true,
      retrainingRequired: false,
      sex: Number(demo.serial[2]) % 2 === 1 ? 'M' : 'F',
      birthDate: `${demo.birth.slice(0, 4)}-${demo.birth.slice(4, 6)}-${demo.birth.slice(6, 8)}`,
      phone: '13800000000',
      photoKey,
      photoSha256: sha256,
      photoLocked: false,
    });
    await repository.save(trainee);
    this.logger.log(`demo trainee ${demo.name} (${trainee.idMasked})`);
    return trainee;
  }
}
