import { AppConfig } from '@app/common/config';
import { Injectable } from '@nestjs/common';
import { TicketTokenSigner } from './ticket-token';

/** The application's ticket-token signer, keyed from configuration (TK-6). */
@Injectable()
export class TicketTokens extends TicketTokenSigner {
  constructor(config: AppConfig) {
    super(config.tickets.signingKey);
  }
}
