import { AppConfig } from '@app/common/config';
import { Module, OnModuleDestroy } from '@nestjs/common';
import { MessageStore } from '../messages/message.store';
import { MailDelivery } from './mail-delivery.service';
import { MailRecipients } from './mail-recipients';
import { MailTransport, NoMailTransport, SmtpMailTransport } from './mail-transport';

/**
 * E-mail delivery lives in the worker only (the API never sends mail): the SMTP transport when SMTP_URL is
 * set, closed on shutdown, and the recipient port the worker fills.
 */
@Module({
  providers: [
    {
      provide: MailTransport,
      inject: [AppConfig],
      useFactory: (config: AppConfig): MailTransport => (config.mail.smtpUrl && config.mail.from ? new SmtpMailTransport(config.mail.smtpUrl, config.mail.from) : new NoMailTransport()),
    },
    MessageStore,
    MailRecipients,
    MailDelivery,
  ],
  exports: [MailDelivery, MailRecipients],
})
export class NotificationDeliveryModule implements OnModuleDestroy {
  constructor(private readonly transport: MailTransport) {}

  onModuleDestroy(): void {
    this.transport.close();
  }
}
