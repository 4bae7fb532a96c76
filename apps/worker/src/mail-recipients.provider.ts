import { MailRecipients } from '@app/notifications';
import { TraineeRecords } from '@app/training';
import { Injectable, OnModuleInit } from '@nestjs/common';

/** Gives the e-mail outbox (notifications, beside training on its floor) each trainee's name and address. */
@Injectable()
export class MailRecipientsProvider implements OnModuleInit {
  constructor(
    private readonly recipients: MailRecipients,
    private readonly trainees: TraineeRecords,
  ) {}

  onModuleInit(): void {
    this.recipients.provide((traineeIds) => this.trainees.mailRecipients(traineeIds));
  }
}
