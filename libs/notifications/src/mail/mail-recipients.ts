import { Injectable } from '@nestjs/common';

/** Whom a trainee's e-mail goes to: the address of their profile (null when they gave none) and their name. */
export interface MailRecipient {
  email: string | null;
  name: string;
}

export type MailRecipientReader = (traineeIds: readonly number[]) => Promise<Map<number, MailRecipient>>;

/**
 * Trainees belong to training, which stands on this library's floor: the app that sends mail (the worker)
 * gives the reader when it starts, and delivery asks through this port.
 */
@Injectable()
export class MailRecipients {
  private reader: MailRecipientReader | null = null;

  provide(reader: MailRecipientReader): void {
    this.reader = reader;
  }

  async of(traineeIds: readonly number[]): Promise<Map<number, MailRecipient>> {
    // Guessing "no address" would mark every message skipped for good.
    if (!this.reader) throw new Error('No mail recipient reader: the worker provides it');
    return this.reader(traineeIds);
  }
}
