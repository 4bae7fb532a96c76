import { Actor } from '@app/common/actor';
import { ErrorCode } from '@app/common/errors';
import { SessionToken } from '@app/identity';
import { ApplicantRegistrationService, ApplicationDocuments, ApplicationService, ApplicationView } from '@app/recruitment';
import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyRequest } from 'fastify';
import { ApiResult } from '../../docs/api-result';
import { ApiFileUpload } from '../../docs/file-docs';
import { CurrentActor, Public, Roles } from '../../http/actor.decorator';
import { ApiErrors } from '../../http/api-errors.decorator';
import { readSingleUpload } from '../../http/uploads';
import { LoginThrottlerGuard } from '../../auth/login-throttler.guard';
import { ApplicantRegisterDto, ApplicationChoicesDto, ApplicationProfileDto, SubmitApplicationDto } from './applications.dto';

/** Each finds the applicant's account and their application first. */
const OWN: ErrorCode[] = ['APPLICANT_ACCOUNT_REQUIRED', 'APPLICATION_NOT_FOUND'];
/** An edit: locked once submitted (unless returned), compare-and-set on the version. */
const EDIT: ErrorCode[] = ['APPLICATION_NOT_EDITABLE', 'APPLICATION_CHANGED', 'CORRECTION_DEADLINE_PASSED'];
const PROFILE: ErrorCode[] = ['APPLICANT_TYPE_NOT_OFFERED', 'APPLICANT_FACTS_INVALID', 'EMPLOYER_CITY_REQUIRED', 'EMPLOYER_CITY_INVALID'];
/** Upload reads a little past the largest limit a round may set, so an oversized file gets the document's own code. */
const UPLOAD_READ_LIMIT = 4 * 1024 * 1024;

const DOCUMENT_FORMAT =
  'One document of the kind in the path: a real JPEG (checked by content, not by name: a PNG renamed .jpg is refused) no larger than the round’s ' +
  'documents.maxBytes (300 KB by default), complete (a truncated file is refused). Stored upright and re-encoded without its metadata; a new upload ' +
  'of a kind replaces the old. Refused uploads write nothing.';

@ApiTags('recruitment applicants')
@Controller('recruitment/applicants')
export class ApplicantRegistrationController {
  constructor(private readonly registration: ApplicantRegistrationService) {}

  @Public()
  @UseGuards(LoginThrottlerGuard)
  @Post()
  @ApiOperation({
    summary: 'RC-1: register an applicant account (a candidate account without a trainee record), then log in as a candidate',
    description: 'The candidates’ password policy; the ID number checked as a trainee’s is (GB 11643 for resident IDs). One applicant account per ID number.',
  })
  @ApiErrors('ID_NUMBER_INVALID', 'ACCOUNT_EXISTS', 'APPLICANT_EXISTS', 'PASSWORD_TOO_SHORT', 'PASSWORD_TOO_COMMON', 'PASSWORD_CONTAINS_USERNAME')
  @ApiResult('SessionToken')
  register(@Body() dto: ApplicantRegisterDto): Promise<SessionToken> {
    return this.registration.register(dto);
  }
}

@ApiTags('my recruitment applications')
@ApiBearerAuth()
@Roles('CANDIDATE')
@Controller('me/recruitment')
export class MyApplicationsController {
  constructor(
    private readonly applications: ApplicationService,
    private readonly documents: ApplicationDocuments,
  ) {}

  @Get('applications')
  @ApiOperation({ summary: 'Your applications, newest first, each with its status, verdict, documents and what is still missing' })
  @ApiErrors('APPLICANT_ACCOUNT_REQUIRED')
  @ApiResult('ApplicationView', { list: true })
  list(@CurrentActor() actor: Actor): Promise<ApplicationView[]> {
    return this.applications.mine(actor);
  }

  @Post('rounds/:roundId/applications')
  @ApiOperation({ summary: 'RC-1: start a draft in a round (one per person per round) with your type and profile' })
  @ApiErrors('APPLICANT_ACCOUNT_REQUIRED', 'ROUND_NOT_FOUND', 'RECRUITMENT_SIGNUP_CLOSED', 'APPLICATION_EXISTS', ...PROFILE)
  @ApiResult('ApplicationView', { description: 'the draft' })
  create(@CurrentActor() actor: Actor, @Param('roundId', ParseIntPipe) roundId: number, @Body() dto: ApplicationProfileDto): Promise<ApplicationView> {
    return this.applications.create(actor, roundId, dto);
  }

  @Get('applications/:id')
  @ApiOperation({ summary: 'One of your applications' })
  @ApiErrors(...OWN)
  @ApiResult('ApplicationView')
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<ApplicationView> {
    return this.applications.get(actor, id);
  }

  @Put('applications/:id/profile')
  @ApiOperation({ summary: 'RC-1 / RC-2: change your type and profile while a draft or returned' })
  @ApiErrors(...OWN, ...EDIT, ...PROFILE)
  @ApiResult('ApplicationView')
  profile(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: ApplicationProfileDto): Promise<ApplicationView> {
    return this.applications.updateProfile(actor, id, dto);
  }

  @Put('applications/:id/choices')
  @ApiOperation({
    summary: 'RC-4: your ordered choices of base (at most the round’s maximum) and whether you accept adjustment',
    description: '400 CHOICES_INVALID lists each problem (too many, duplicate, base not in the round, no seats for your type, no adjustment in the round) with its path.',
  })
  @ApiErrors(...OWN, ...EDIT, 'CHOICES_INVALID')
  @ApiResult('ApplicationView')
  choices(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: ApplicationChoicesDto): Promise<ApplicationView> {
    return this.applications.updateChoices(actor, id, dto);
  }

  @Put('applications/:id/documents/:kind')
  @ApiFileUpload('the document: JPEG', DOCUMENT_FORMAT)
  @ApiOperation({ summary: 'RC-3: upload one document (ID card sides, diploma or its alternatives, certificates, employer letters)' })
  @ApiErrors(...OWN, 'APPLICATION_NOT_EDITABLE', 'APPLICATION_CHANGED', 'DOCUMENT_KIND_INVALID', 'DOCUMENT_NOT_JPEG', 'DOCUMENT_TOO_LARGE', 'DOCUMENT_CORRUPT')
  @ApiResult('ApplicationView', { description: 'the application with its documents and what is still missing' })
  async upload(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Param('kind') kind: string, @Req() request: FastifyRequest): Promise<ApplicationView> {
    const file = await readSingleUpload(request, UPLOAD_READ_LIMIT);
    return this.documents.upload(actor, id, kind, file.buffer);
  }

  @Post('applications/:id/submit')
  @HttpCode(200)
  @ApiOperation({
    summary: 'RC-1 … RC-5, RC-8: submit (inside the sign-up window) or resubmit after a return (before its deadline)',
    description:
      'Refused with the explained verdict when not eligible under the round’s policy, bans of any jurisdiction included (409 APPLICANT_NOT_ELIGIBLE, details.verdict; ' +
      'the draft is kept for correction), with what is missing when documents are (409 DOCUMENTS_INCOMPLETE). Accepted: in review at the first level of the chain for your type.',
  })
  @ApiErrors(
    ...OWN,
    'APPLICATION_NOT_EDITABLE',
    'APPLICATION_CHANGED',
    'RECRUITMENT_SIGNUP_NOT_OPEN',
    'RECRUITMENT_SIGNUP_CLOSED',
    'CORRECTION_DEADLINE_PASSED',
    'RECRUITMENT_TRANSITION_INVALID',
    'CHOICES_REQUIRED',
    'CHOICES_INVALID',
    'APPLICANT_NOT_ELIGIBLE',
    'DOCUMENTS_INCOMPLETE',
  )
  @ApiResult('ApplicationView', { description: 'submitted, with its verdict rule by rule' })
  submit(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: SubmitApplicationDto): Promise<ApplicationView> {
    return this.applications.submit(actor, id, dto.expectedVersion);
  }
}
