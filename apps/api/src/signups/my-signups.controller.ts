import { SignupHistory, SignupService, SignupView, SubmittedSignupView } from '@app/assessment';
import { Actor } from '@app/common/actor';
import { ErrorCode } from '@app/common/errors';
import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../http/actor.decorator';
import { ApiErrors } from '../http/api-errors.decorator';
import { DraftDto, SubjectsDto } from './signups.dto';
import { ApiResult } from '../docs/api-result';

/** Each of these finds the session and the candidate's trainee record first. */
const LOADED: ErrorCode[] = ['SESSION_NOT_FOUND', 'TRAINEE_NOT_FOUND'];

@ApiTags('my sign-ups')
@ApiBearerAuth()
@Roles('CANDIDATE')
@Controller('me/signups')
export class MySignupsController {
  constructor(private readonly signups: SignupService) {}

  @Get()
  @ApiOperation({ summary: 'Your sign-ups, each with its status label and explained verdict' })
  @ApiResult('SignupView', { list: true, description: 'newest first' })
  list(@CurrentActor() actor: Actor): Promise<SignupView[]> {
    return this.signups.mine(actor);
  }

  @Get(':sessionId/history')
  @ApiOperation({ summary: 'FA-8 / FA-9: your sign-up\'s steps, oldest first: who (the base or the centre, never a name), the outcome, the reason given, when' })
  @ApiErrors('SIGNUP_NOT_FOUND')
  @ApiResult('SignupHistory')
  history(@CurrentActor() actor: Actor, @Param('sessionId', ParseIntPipe) sessionId: number): Promise<SignupHistory> {
    return this.signups.history(actor, sessionId);
  }

  @Put(':sessionId/draft')
  @ApiOperation({ summary: 'Keep a draft (not a sign-up until submitted, FA-7)' })
  @ApiErrors(...LOADED, 'SIGNUP_WINDOW_NOT_OPEN', 'SIGNUP_WINDOW_CLOSED', 'SIGNUP_NOT_EDITABLE', 'SIGNUP_EXISTS', 'SESSION_IS_CANCELLED', 'SESSION_SUBJECT_IS_CANCELLED')
  @ApiResult('SignupView', { description: 'the draft with its status label' })
  saveDraft(@CurrentActor() actor: Actor, @Param('sessionId', ParseIntPipe) sessionId: number, @Body() dto: DraftDto): Promise<SignupView> {
    return this.signups.saveDraft(actor, sessionId, dto.subjects);
  }

  @Post(':sessionId/submit')
  @ApiOperation({
    summary: 'Submit (FA-1 … FA-7): refused with the explained verdict when not eligible',
    description: 'Accepted: the sign-up with its status label and each rule\'s outcome; the full explained verdict is on GET /me/signups.',
  })
  @ApiErrors(...LOADED, 'SIGNUP_WINDOW_NOT_OPEN', 'SIGNUP_WINDOW_CLOSED', 'SIGNUP_EXISTS', 'SIGNUP_NOT_ELIGIBLE', 'SUBJECTS_INVALID', 'PHOTO_REQUIRED', 'RETRAINING_REQUIRED', 'SESSION_IS_CANCELLED', 'SESSION_SUBJECT_IS_CANCELLED')
  @ApiResult('SubmittedSignupView', { description: 'submitted (报名信息已提交，等待审核), with each rule\'s outcome' })
  submit(@CurrentActor() actor: Actor, @Param('sessionId', ParseIntPipe) sessionId: number, @Body() dto: SubjectsDto): Promise<SubmittedSignupView> {
    return this.signups.submit(actor, sessionId, dto.subjects);
  }

  @Post(':sessionId/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Take a not-yet-reviewed sign-up back to draft while the window is open' })
  @ApiErrors(...LOADED, 'SIGNUP_NOT_FOUND', 'SIGNUP_WINDOW_NOT_OPEN', 'SIGNUP_WINDOW_CLOSED', 'SIGNUP_TRANSITION_INVALID', 'SIGNUP_EXISTS')
  @ApiResult('SignupView', { description: 'the sign-up, a draft again' })
  withdraw(@CurrentActor() actor: Actor, @Param('sessionId', ParseIntPipe) sessionId: number): Promise<SignupView> {
    return this.signups.withdraw(actor, sessionId);
  }
}
