import { Card, Descriptions, Grid, List, Spin, Table, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { Schemas } from '../../../api/client';
import { ErrorAlert } from '../../../components/error-alert';
import { countdown, formatDateTime } from '../../../format/time';
import { StateTag } from '../shared/state-tag';
import { describeRuleData, LEVEL_LABEL, type Application, type Round } from './labels';
import { useReviewHistory } from './queries';

type Check = Application['verdict'] extends infer V ? (V extends { checks: Array<infer C> } ? C : never) : never;
type Verdict = NonNullable<Application['verdict']>;

/** RC-2: the verdict rule by rule: the rule, the facts it used, the outcome and why, under its policy version. */
export function VerdictCard({ verdict, title = '资格审核结果（逐条）' }: { verdict: Verdict; title?: string }) {
  const phone = !Grid.useBreakpoint().md;
  return (
    <Card title={<h3 style={{ margin: 0, fontSize: 16 }}>{title}</h3>} style={{ marginBottom: 16 }} data-testid="verdict">
      <Typography.Paragraph>
        {verdict.eligible ? <StateTag tone="green">符合报名条件</StateTag> : <StateTag tone="red">不符合报名条件</StateTag>}{' '}
        <span style={{ color: '#595959' }}>
          依据：{verdict.policyId} 第 {verdict.policyVersion} 版，判定于 {formatDateTime(verdict.evaluatedAt)}
        </span>
      </Typography.Paragraph>
      {phone ? (
        <List
          dataSource={verdict.checks}
          renderItem={(check) => (
            <List.Item key={check.rule} data-rule={check.rule}>
              <div style={{ width: '100%' }}>
                <div style={{ display: 'flex', gap: 8, alignItems: 'center', marginBottom: 4 }}>
                  <strong>{check.label.zh}</strong>
                  {check.outcome === 'PASS' ? <StateTag tone="green">符合</StateTag> : <StateTag tone="red">不符合</StateTag>}
                </div>
                <div>{check.explanation.zh}</div>
                <div style={{ color: '#595959', fontSize: 13 }}>
                  {describeRuleData(check.data)
                    .map((each) => `${each.label}：${each.value}`)
                    .join('；')}
                  （{check.rule}）
                </div>
              </div>
            </List.Item>
          )}
        />
      ) : (
      <Table<Check>
        rowKey="rule"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={verdict.checks}
        columns={[
          { title: '条件', key: 'label', render: (_, check) => check.label.zh },
          { title: '结果', key: 'outcome', render: (_, check) => (check.outcome === 'PASS' ? <StateTag tone="green">符合</StateTag> : <StateTag tone="red">不符合</StateTag>) },
          { title: '说明', key: 'explanation', render: (_, check) => <div style={{ minWidth: 200, maxWidth: 420, whiteSpace: 'normal' }}>{check.explanation.zh}</div> },
          {
            title: '所用信息',
            key: 'data',
            render: (_, check) => (
              <div style={{ minWidth: 160, whiteSpace: 'normal', color: '#595959' }}>
                {describeRuleData(check.data).map((each) => (
                  <div key={each.key}>
                    {each.label}：{each.value}
                  </div>
                ))}
              </div>
            ),
          },
          { title: '条款', key: 'rule', render: (_, check) => <span style={{ color: '#595959' }}>{check.rule}</span> },
        ]}
      />
      )}
    </Card>
  );
}

type Step = { key: string; color: string; children: ReactNode };
type HistoryStep = Schemas['ApplicationReviewStep'];

const STEP_COLOR: Record<HistoryStep['kind'], string> = { SUBMITTED: 'green', RESUBMITTED: 'green', APPROVED: 'green', RETURNED: 'orange', REJECTED: 'red', WITHDRAWN: 'gray', RE_REVIEW_STARTED: 'blue' };

/** One recorded step: who (the organisation, or 本人 / 平台), what came of it, why, by when to correct, and when. */
function recordedStep(step: HistoryStep, index: number, openReturn: boolean): Step {
  const who = step.organisationName ?? step.byLabel.zh;
  return {
    key: `history-${index}`,
    color: STEP_COLOR[step.kind],
    children: (
      <div data-step={step.kind}>
        <strong>
          {who}：{step.outcome.zh}
        </strong>
        {step.reason && (
          <div>
            {step.kind === 'RETURNED' ? '退回原因' : '原因'}：{step.reason}
          </div>
        )}
        {step.correctBy &&
          (openReturn ? (
            <div>
              请于 <strong>{formatDateTime(step.correctBy)}</strong> 前修改并重新提交（{countdown(step.correctBy)}），逾期未修改的视为自动放弃。
            </div>
          ) : (
            <div>修改截止 {formatDateTime(step.correctBy)}</div>
          ))}
        <div style={{ color: '#595959', fontSize: 13 }}>{formatDateTime(step.at)}</div>
      </div>
    ),
  };
}

/**
 * RC-5: the steps the application has taken, as the API recorded them (a return corrected since still shows, with its
 * reason), then what comes next along the round's chain from where it stands now.
 */
export function reviewSteps(round: Round, application: Application, history: readonly HistoryStep[]): Step[] {
  const { status, stage, nextReviewer } = application;
  const lastReturn = history.findLastIndex((step) => step.kind === 'RETURNED');
  const steps = history.map((step, index) => recordedStep(step, index, status === 'RETURNED' && index === lastReturn));
  if (status === 'DRAFT') return [...steps, { key: 'draft', color: 'gray', children: '尚未提交报名' }];
  const before = round.reviewChain[application.applicantType].map((level) => ({ ...level, stage: 'BEFORE_ADMISSION' as const }));
  const after = round.reviewChain.afterAdmission.map((level) => ({ ...level, stage: 'AFTER_ADMISSION' as const }));
  const chain = [...before, ...after];
  const later = (from: number): Step[] =>
    chain.slice(from).map((level) => ({
      key: `next-${level.stage}-${level.level}`,
      color: 'gray',
      children: level.stage === 'AFTER_ADMISSION' && stage !== 'AFTER_ADMISSION' ? <>{level.label.zh}（录取后复核）：录取后进行</> : <>{level.label.zh}：待审核</>,
    }));
  switch (status) {
    case 'IN_REVIEW': {
      const acting = chain.findIndex((level) => level.level === nextReviewer && level.stage === stage);
      if (acting < 0) return steps;
      const level = chain[acting];
      const name = level.stage === 'AFTER_ADMISSION' ? `${level.label.zh}（录取后复核）` : level.label.zh;
      return [
        ...steps,
        {
          key: 'acting',
          color: 'blue',
          children: (
            <div>
              <strong>{name}：正在审核</strong>
              {level.window.closesAt && <div style={{ color: '#595959' }}>审核截止 {formatDateTime(level.window.closesAt)}</div>}
            </div>
          ),
        },
        ...later(acting + 1),
      ];
    }
    case 'APPROVED':
      return [...steps, { key: 'approved', color: 'green', children: <strong>资格审核全部通过，等待录取</strong> }, ...later(before.length)];
    case 'CONFIRMED':
      return [...steps, { key: 'confirmed', color: 'green', children: <strong>录取后复核通过</strong> }];
    case 'RETURNED':
    case 'REJECTED':
    case 'WITHDRAWN':
      // The recorded steps say it all: a return waits for the applicant; nothing follows a rejection or a withdrawal.
      return steps;
  }
}

function nextStep(application: Application): string {
  if (application.nextReviewerLabel) return `等待${application.nextReviewerLabel.zh}审核`;
  if (application.nextReviewer) return `等待${LEVEL_LABEL[application.nextReviewer]}审核`;
  if (application.status === 'RETURNED') return '请按退回原因修改后重新提交';
  if (application.status === 'APPROVED') return '等待录取';
  return '无';
}

export function ReviewTimelineCard({ round, application }: { round: Round; application: Application }) {
  const history = useReviewHistory(application.id, application.version);
  return (
    <Card title={<h3 style={{ margin: 0, fontSize: 16 }}>审核进度</h3>} style={{ marginBottom: 16 }} data-testid="timeline">
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'status', label: '当前状态', children: application.statusLabel.zh },
          { key: 'next', label: '下一步', children: nextStep(application) },
        ]}
      />
      <ErrorAlert error={history.error} />
      {history.isPending ? <Spin aria-label="正在加载审核记录" /> : <Timeline items={reviewSteps(round, application, history.data?.steps ?? [])} />}
    </Card>
  );
}
