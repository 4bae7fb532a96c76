import { SUBJECT_LABELS, SUBJECTS, Subject } from '@app/assessment/rules';
import { Actor } from '@app/common/actor';
import { DomainError } from '@app/common/errors';
import { toCsv, toXlsx } from '@app/common/tabular';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { countingAttemptSql } from '@app/assessment/attempts/counting-attempts';
import { AttemptKind, formatRate, StatisticsCount, StatisticsLine, statisticsTable } from './session-statistics.rules';
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
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: StandingReader,
  ) {}

  async statistics(actor: Actor, sessionId: number, baseId?: number): Promise<SessionStatistics> {
    const organisations = await this.reader.organisations();
    const scope = standingScope(actor, baseId, organisations.cityOfBase);
    const [session]: Array<{ year: number }> = await this.dataSource.query('SELECT year FROM assessment_session WHERE id = ?', [sessionId]);
    if (!session) throw new DomainError('SESSION_NOT_FOUND');
    const published: Array<{ subject: Subject }> = await this.dataSource.query('SELECT subject FROM result_publication WHERE session_id = ?', [sessionId]);
    const rows: Array<{ baseId: number; subject: Subject; kind: AttemptKind; candidates: string; passed: string; failed: string; absent: string; voided: string }> =
      await this.dataSource.query(
        `SELECT g.baseId, g.subject, g.kind, COUNT(*) AS candidates,
                SUM(g.voided = 0 AND g.outcome = 'PASSED') AS passed, SUM(g.voided = 0 AND g.outcome = 'FAILED') AS failed,
                SUM(g.voided = 0 AND g.outcome = 'ABSENT') AS absent, SUM(g.voided = 1) AS voided
           FROM (SELECT t.base_id AS baseId, a.subject, a.outcome, a.voided,
                        IF(EXISTS (SELECT 1 FROM subject_attempt e WHERE e.trainee_id = a.trainee_id AND e.subject = a.subject AND e.year < a.year AND ${countingAttemptSql('e')}),
                           'RETAKE', 'FIRST') AS kind
                   FROM subject_attempt a JOIN trainee t ON t.id = a.trainee_id
                  WHERE a.session_id = ? AND ${countingAttemptSql('a')} AND ${scope.sql}) g
          GROUP BY g.baseId, g.subject, g.kind`,
        [sessionId, ...scope.params],
      );
    const counts: StatisticsCount[] = rows.map((row) => ({
      baseId: Number(row.baseId),
      subject: row.subject,
      kind: row.kind,
      candidates: Number(row.candidates),
      passed: Number(row.passed),
      failed: Number(row.failed),
      absent: Number(row.absent),
      voided: Number(row.voided),
    }));
    const table = statisticsTable(counts);
    const named = (line: StatisticsLine): StatisticsLineView => ({ ...line, baseName: line.baseId === null ? null : organisations.nameOf(line.baseId) });
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
