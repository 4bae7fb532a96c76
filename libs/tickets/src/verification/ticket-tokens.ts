import { AppConfig } from '@app/common/config';
import { Injectable } from '@nestjs/common';
import { ticketVerificationUrl } from './ticket-link';
import { TicketTokenPayload, TicketTokenSigner } from './ticket-token';

/** The application's ticket-token signer, keyed from configuration (TK-6). */
@Injectable()
export class TicketTokens extends TicketTokenSigner {
  private readonly publicOrigin: string;

  constructor(config: AppConfig) {
    super(config.tickets.signingKey);
    this.publicOrigin = config.http.publicOrigin;
  }

  /** TK-6: what a ticket's QR code encodes: the portal's verification page for the ticket's signed token. */
  verificationUrl(payload: TicketTokenPayload): string {
    return ticketVerificationUrl(this.publicOrigin, this.sign(payload));
  }
}
