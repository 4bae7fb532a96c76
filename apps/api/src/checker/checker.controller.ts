import { Actor } from '@app/common/actor';
import { TicketAccessService, TicketVerification } from '@app/tickets';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../http/actor.decorator';
import { ApiErrors } from '../http/api-errors.decorator';
import { CheckerVerificationDto } from './checker.dto';
import { ApiResult } from '../docs/api-result';

@ApiTags('checker')
@ApiBearerAuth()
@Roles('CHECKER')
@Controller('checker')
export class CheckerController {
  constructor(private readonly tickets: TicketAccessService) {}

  @Post('verifications')
  @HttpCode(200)
  @ApiOperation({
    summary: 'TK-6 at the exam site: an exam-site checker verifies a ticket’s QR token; the answer of GET /verify/{token}, audited (who, which ticket, when)',
    description: '400 TICKET_TOKEN_INVALID when the token is not genuine (not recorded).',
  })
  @ApiErrors('TICKET_TOKEN_INVALID')
  @ApiResult('TicketVerification')
  verify(@CurrentActor() actor: Actor, @Body() dto: CheckerVerificationDto): Promise<TicketVerification> {
    return this.tickets.verifyAsChecker(actor, dto.token);
  }
}
