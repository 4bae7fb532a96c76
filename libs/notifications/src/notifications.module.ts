import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CandidateMessage } from './messages/candidate-message.entity';
import { MessageCentre } from './messages/message-centre.service';
import { MessageStore } from './messages/message.store';
import { Notifications } from './messages/notifications.service';

/** Candidates' messages: written by the libraries above (Notifications), read in the message centre. */
@Module({
  imports: [TypeOrmModule.forFeature([CandidateMessage])],
  providers: [MessageStore, Notifications, MessageCentre],
  exports: [Notifications, MessageCentre],
})
export class NotificationsModule {}
