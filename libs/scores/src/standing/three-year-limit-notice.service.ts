import { AppConfig } from '@app/common/config';
import { addDays, beijingDateOf, Clock } from '@app/common/time';
import { messageKey, NewCandidateMessage, Notifications } from '@app/notifications';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { retrainingTimeline } from '../rules/retraining.rules';
import { limitYearsWithin, threeYearLimitNotice } from '../rules/three-year-limit-notice.rules';
import { StandingReader } from './standing-reader';
import { StandingStore } from './standing.store';

/** Trainees read, judged and told per transaction. */
const CHUNK = 1_000;

/**
 * SC-7: the daily job that tells each trainee whose three-year limit (FA-3) falls within
 * THREE_YEAR_LIMIT_NOTICE_DAYS, with a subject still to pass, what remains and by when. One message per trainee
 * and limit date (the dedupe key), so a rerun, a second worker or the next day's run writes none again; a
 * trainee whose rotation end moves gets a new limit and a new message.
 */
@Injectable()
export class ThreeYearLimitNoticeService {
  private readonly logger = new Logger(ThreeYearLimitNoticeService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: StandingStore,
    private readonly reader: StandingReader,
    private readonly notifications: Notifications,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async notifyDue(): Promise<{ today: string; horizon: string; checked: number; due: number }> {
    const today = beijingDateOf(this.clock.now());
    const horizon = addDays(today, this.config.notifications.threeYearLimitNoticeDays);
    const limitYears = limitYearsWithin(today, horizon);
    let checked = 0;
    let due = 0;
    if (limitYears.length === 0) return { today, horizon, checked, due };
    const rotationEndYears = { from: limitYears[0] - 2, to: limitYears[limitYears.length - 1] - 2 };
    for (let after = 0; ; ) {
      const trainees = await this.store.rotationEndingIn(rotationEndYears, after, CHUNK);
      if (trainees.length === 0) break;
      const attempts = await this.reader.countingAttempts(trainees.map((trainee) => trainee.id));
      const messages = trainees.flatMap((trainee): NewCandidateMessage[] => {
        const timeline = retrainingTimeline({ rotationEndDate: trainee.rotationEndDate, attempts: attempts.get(trainee.id) ?? [], today });
        const facts = threeYearLimitNotice(timeline, today, horizon);
        if (!facts) return [];
        return [{ traineeId: trainee.id, kind: 'THREE_YEAR_LIMIT_APPROACHING', dedupeKey: messageKey('THREE_YEAR_LIMIT_APPROACHING', { trainee: trainee.id, deadline: facts.deadline }), facts }];
      });
      if (messages.length > 0) await this.dataSource.transaction((manager) => this.notifications.notifyMany(manager, messages));
      checked += trainees.length;
      due += messages.length;
      after = trainees[trainees.length - 1].id;
    }
    this.logger.log(`SC-7: ${due} of ${checked} trainees with a limit by ${horizon} still have a subject to pass`);
    return { today, horizon, checked, due };
  }
}
