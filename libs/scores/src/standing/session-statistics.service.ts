import { SessionService } from '@app/assessment';
import { SUBJECT_LABELS, SUBJECTS, Subject } from '@app/assessment/rules';
import { Actor } from '@app/common/actor';
import { toCsv, toXlsx } from '@app/common/tabular';
import { OrganisationService } from '@app/identity';
import { Injectable } from '@nestjs/common';
import { PublicationStore } from '../results/publication.store';
import { AttemptKind, formatRate, StatisticsLine, statisticsTable } from './session-statistics.rules';
import { CSV_CONTENT_TYPE, standingScope, XLSX_CONTENT_TYPE } from './standing-scope';
import { StandingReader } from './standing-reader';

export interface StatisticsLineView extends StatisticsLine {
  baseName: string | null;
}

export interface SessionStatistics {
  sessionId: number;
  sessionYear: number;
  /** subjects whose results are published; only these are counted */
  publishedSubjects: Subject[];
  lines: StatisticsLineView[];
  totals: StatisticsLineView[];
}

const KIND_LABELS: Record<AttemptKind | 'ALL', string> = { FIRST: '首次参加', RETAKE: '再次参加', ALL: '合计' };

/**
 * Pass rates of one session by base and subject, first attempts and retakes apart. Only published
 * results count (SC-4); the base is the trainee's base.
 */
@Injectable()
export class SessionStatisticsService {
  constructor(
    private readonly reader: StandingReader,
    private readonly sessions: SessionService,
    private readonly publications: PublicationStore,
    private readonly organisations: OrganisationService,
  ) {}

  async statistics(actor: Actor, sessionId: number, baseId?: number): Promise<SessionStatistics> {
    const scope = standingScope(actor, baseId, await this.organisations.cityOfBaseResolver());
    const session = await this.sessions.load(sessionId);
    const published = await this.publications.ofSession(sessionId);
    const counts = await this.reader.sessionCounts(sessionId, scope);
    const table = statisticsTable(counts);
    const organisation = await this.organisations.resolver();
    const named = (line: StatisticsLine): StatisticsLineView => ({ ...line, baseName: line.baseId === null ? null : (organisation(line.baseId)?.name ?? '') });
    const publishedSubjects = SUBJECTS.filter((subject) => published.some((p) => p.subject === subject));
    return { sessionId, sessionYear: Number(session.year), publishedSubjects, lines: table.lines.map(named), totals: table.totals.map(named) };
  }

  async export(actor: Actor, sessionId: number, baseId: number | undefined, format: 'csv' | 'xlsx'): Promise<{ content: Buffer; filename: string; contentType: string }> {
    const statistics = await this.statistics(actor, sessionId, baseId);
    const headers = ['培训基地', '科目', '类别', '考生人数', '实考人数', '合格', '不合格', '缺考', '成绩取消', '合格率'];
    const cells = [...statistics.lines, ...statistics.totals].map((line) => [
      line.baseName ?? '全部基地',
      SUBJECT_LABELS[line.subject].zh,
      KIND_LABELS[line.kind],
      line.candidates,
      line.sat,
      line.passed,
      line.failed,
      line.absent,
      line.voided,
      formatRate(line.passRate),
    ]);
    const filename = `session-${sessionId}-statistics.${format}`;
    return format === 'csv'
      ? { content: toCsv(headers, cells), filename, contentType: CSV_CONTENT_TYPE }
      : { content: await toXlsx(`${statistics.sessionYear}年结业考核统计`, headers, cells), filename, contentType: XLSX_CONTENT_TYPE };
  }
}
