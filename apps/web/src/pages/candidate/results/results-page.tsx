import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Empty, Spin, Typography } from 'antd';
import { api, call, type Schemas } from '../../../api/client';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDate, formatDateTime } from '../../../format/time';
import { describeCheckData, OUTCOME_LABEL, SUBJECT_LABEL, subjectsText, VOID_KIND_LABEL } from '../shared/labels';
import { KEYS, useStanding } from '../shared/queries';
import { NATIONAL_SITE } from '../shared/session-dates';
import { StateTag, type Tone } from '../shared/state-tag';

type SessionResults = Schemas['CandidateSessionResults'];
type Standing = Schemas['TraineeStandingView'];

const STATION_LABEL: Record<string, string> = {
  CASE_ANALYSIS: '病例分析',
  MEDICAL_RECORD: '病历书写',
  AUX_EXAM_READING: '辅助检查判读',
  BASIC_PROCEDURES: '基本技能操作',
};

const OUTCOME_TONE: Record<Schemas['AttemptOutcome'], Tone> = { PASSED: 'green', FAILED: 'red', ABSENT: 'grey' };

const RETRAINING: Record<Schemas['RetrainingState'], { label: string; tone: Tone }> = {
  IN_TIME: { label: '在三年期限内', tone: 'blue' },
  LAST_YEAR: { label: '最后一次机会', tone: 'orange' },
  RETRAINING_REQUIRED: { label: '须自费重新参加培训', tone: 'red' },
  CERTIFICATE_READY: { label: '结业考核已完成', tone: 'green' },
};

const h3 = (text: string) => <h3 style={{ margin: 0, fontSize: 16 }}>{text}</h3>;

function ResultBlock({ result }: { result: SessionResults['results'][number] }) {
  const stations = result.stationScores ? Object.entries(result.stationScores) : [];
  return (
    <div data-subject={result.subject} style={{ borderTop: '1px solid #f0f0f0', paddingTop: 12, marginTop: 12 }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', marginBottom: 8 }}>
        <strong style={{ fontSize: 15 }}>{SUBJECT_LABEL[result.subject]}</strong>
        {result.voided ? <StateTag tone="red">成绩已取消</StateTag> : <StateTag tone={OUTCOME_TONE[result.outcome]}>{result.outcomeLabel.zh}</StateTag>}
      </div>
      <Descriptions
        column={{ xs: 1, sm: 2, lg: 3 }}
        size="small"
        items={[
          { key: 'score', label: result.subject === 'THEORY' ? '标准分' : '总分', children: result.score === null ? '缺考' : String(result.score) },
          { key: 'outcome', label: '结果', children: result.voided ? `${OUTCOME_LABEL[result.outcome]}（已取消，不计入）` : result.outcomeLabel.zh },
          { key: 'valid', label: '有效期至', children: result.validUntil ? formatDate(result.validUntil) : '—' },
          { key: 'published', label: '公布时间', children: formatDateTime(result.publishedAt) },
          ...stations.map(([station, score]) => ({ key: station, label: STATION_LABEL[station] ?? station, children: score === null ? '缺考' : String(score) })),
        ]}
      />
      {result.voided && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 8 }}
          message={result.voidKindLabel?.zh ?? (result.voidKind ? VOID_KIND_LABEL[result.voidKind] : '成绩已取消')}
          description={result.voidReason ? `原因：${result.voidReason}` : undefined}
        />
      )}
      {result.notice && <div style={{ marginTop: 4, color: '#595959' }}>{result.notice.zh}</div>}
    </div>
  );
}

function ResultsCard({ results, isPending, error }: { results: SessionResults[] | undefined; isPending: boolean; error: unknown }) {
  return (
    <Card title={h3('考核成绩')} style={{ marginBottom: 16 }}>
      <ErrorAlert error={error} />
      {isPending ? (
        <Spin aria-label="正在加载成绩" />
      ) : !results || results.every((session) => session.results.length === 0) ? (
        <Empty
          description={
            <>
              暂无已公布的成绩。成绩由全科中心统一公布，公布前不会显示。
              <br />
              专业理论考试成绩同时在{NATIONAL_SITE.name}公布，以标准分报告，不接受成绩复核申请。
            </>
          }
        />
      ) : (
        results.map((session) => (
          <section key={session.sessionId} aria-label={session.sessionName} style={{ marginBottom: 16 }}>
            <strong>{session.sessionName}</strong>（{session.year} 年）
            {session.results.map((result) => (
              <ResultBlock key={result.subject} result={result} />
            ))}
          </section>
        ))
      )}
    </Card>
  );
}

function ValidityCard({ standing }: { standing: Standing }) {
  return (
    <Card title={h3('各科合格成绩的有效期')} style={{ marginBottom: 16 }}>
      <Typography.Paragraph style={{ marginTop: 0, color: '#595959' }}>单科合格成绩 3 年内有效（含考试当年），即某年通过的科目有效期至两年后的 12 月 31 日。判定日期：{formatDate(standing.today)}。</Typography.Paragraph>
      {standing.subjects.map((subject) => (
        <div key={subject.subject} data-subject={subject.subject} style={{ borderTop: '1px solid #f0f0f0', padding: '10px 0' }}>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
            <strong>{subject.label.zh}</strong>
            {subject.validToday ? <StateTag tone="green">合格，有效</StateTag> : subject.passYear ? <StateTag tone="orange">合格已过有效期</StateTag> : <StateTag tone="grey">尚未通过</StateTag>}
          </div>
          <div style={{ marginTop: 4 }}>
            {subject.passYear && subject.validUntil
              ? `${subject.passYear} 年通过，有效期至 ${formatDate(subject.validUntil)}${subject.validToday ? '' : '（已过期，须重新报考）'}。`
              : '还没有合格成绩。'}
          </div>
          {subject.attempts.length > 0 && (
            <div style={{ marginTop: 4, fontSize: 13, color: '#434343' }}>
              历次成绩：
              {subject.attempts
                .map((attempt) => `${attempt.year} 年 ${OUTCOME_LABEL[attempt.outcome]}${attempt.score !== null ? ` ${attempt.score} 分` : ''}${attempt.voided ? `（已取消${attempt.voidReason ? `：${attempt.voidReason}` : ''}）` : ''}`)
                .join('；')}
            </div>
          )}
        </div>
      ))}
    </Card>
  );
}

function LimitCard({ standing }: { standing: Standing }) {
  const retraining = standing.retraining;
  const state = RETRAINING[retraining.state];
  const headline =
    retraining.state === 'CERTIFICATE_READY'
      ? '两个科目均已通过且同时有效，不再受三年期限限制。'
      : retraining.state === 'RETRAINING_REQUIRED'
        ? `三年期限（${retraining.rotationEndYear}–${retraining.lastAllowedYear} 年）已用完，再次申请结业考核前须自费重新参加培训。`
        : `还剩 ${retraining.yearsLeft} 次机会（${retraining.remainingYears.map((year) => `${year} 年`).join('、')}），须在 ${formatDate(retraining.deadline)} 前通过${subjectsText(retraining.remainingSubjects)}。`;
  return (
    <Card title={h3('三年期限')} style={{ marginBottom: 16 }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', marginBottom: 8 }}>
        <StateTag tone={state.tone}>{state.label}</StateTag>
        <span>
          {retraining.rotationEndYear} 年结束轮转，可参加 {retraining.rotationEndYear}–{retraining.lastAllowedYear} 年的结业考核
        </span>
      </div>
      <Alert
        type={retraining.state === 'RETRAINING_REQUIRED' ? 'error' : retraining.state === 'LAST_YEAR' ? 'warning' : retraining.state === 'CERTIFICATE_READY' ? 'success' : 'info'}
        showIcon
        message={<strong data-testid="limit-headline">{headline}</strong>}
        description={retraining.explanation.zh}
      />
      <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0, color: '#595959' }}>
        每年只有一次考核、不设补考；自结束轮转当年起 3 年内未通过（含未参加）的，须自费重新参加培训。
      </Typography.Paragraph>
    </Card>
  );
}

function CertificateCard({ standing }: { standing: Standing }) {
  const certificate = standing.certificate;
  const failed = certificate.checks.filter((check) => !check.passed);
  return (
    <Card title={h3('申请《助理全科医生培训合格证书》的条件')} style={{ marginBottom: 16 }}>
      {certificate.eligible ? (
        <Alert type="success" showIcon style={{ marginBottom: 12 }} message="您已符合申请合格证书的全部条件" />
      ) : (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} message={`暂不符合：${failed.map((check) => check.title.zh).join('、')}`} description="下面逐条列出每项条件和依据的数据。" />
      )}
      <ol style={{ padding: 0, margin: 0 }}>
        {certificate.checks.map((check) => (
          <li key={check.rule} data-rule={check.rule} style={{ listStyle: 'none', borderInlineStart: `4px solid ${check.passed ? '#52c41a' : '#cf1322'}`, padding: '6px 12px', marginBottom: 8, background: '#fafafa', borderRadius: 4 }}>
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
              <strong>{check.title.zh}</strong>
              <StateTag tone={check.passed ? 'green' : 'red'}>{check.passed ? '符合' : '不符合'}</StateTag>
            </div>
            <div>{check.explanation.zh}</div>
            <div style={{ fontSize: 13, color: '#434343' }}>
              依据：
              {describeCheckData(check.data)
                .map((fact) => `${fact.label} ${fact.value}`)
                .join('；')}
            </div>
          </li>
        ))}
      </ol>
    </Card>
  );
}

/** SC-4 results after publication; SC-3 validity; SC-7/FA-3 the three-year limit as what remains and by when; SC-6 the certificate. */
export default function ResultsPage() {
  const results = useQuery({ queryKey: KEYS.results, queryFn: () => call(api.GET('/me/results')) });
  const standing = useStanding();
  return (
    <>
      <Typography.Title level={2}>成绩与有效期</Typography.Title>
      <ResultsCard results={results.data} isPending={results.isPending} error={results.error} />
      <ErrorAlert error={standing.error} />
      {standing.isPending ? (
        <Spin aria-label="正在加载有效期" />
      ) : standing.data ? (
        <>
          <LimitCard standing={standing.data} />
          <ValidityCard standing={standing.data} />
          <CertificateCard standing={standing.data} />
        </>
      ) : null}
    </>
  );
}
