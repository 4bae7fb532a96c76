import { Card, Descriptions, Grid, List, Table, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { countdown, formatDateTime } from '../../../format/time';
import { StateTag } from '../shared/state-tag';
import { describeRuleData, LEVEL_LABEL, type Application, type Round } from './labels';

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

/** RC-5: the chain of review levels for this applicant's type, where the application stands in it and what came of it. */
export function reviewSteps(round: Round, application: Application): Step[] {
  const before = round.reviewChain[application.applicantType];
  const after = round.reviewChain.afterAdmission;
  const steps: Step[] = [];
  if (application.submittedAt) steps.push({ key: 'submitted', color: 'green', children: <>已提交报名（{formatDateTime(application.submittedAt)}）</> });
  else steps.push({ key: 'draft', color: 'gray', children: '尚未提交报名' });
  const { status, stage, nextReviewer, returned, rejected } = application;
  const chain = [...before.map((level) => ({ ...level, stage: 'BEFORE_ADMISSION' as const })), ...after.map((level) => ({ ...level, stage: 'AFTER_ADMISSION' as const }))];
  // The position in the chain that acts now (or acted last: a return or rejection).
  const acting = returned?.level ?? rejected?.level ?? nextReviewer;
  const actingIndex = acting ? chain.findIndex((level) => level.level === acting && level.stage === stage) : -1;
  const doneUpTo =
    status === 'CONFIRMED' ? chain.length : status === 'APPROVED' ? before.length : status === 'DRAFT' ? 0 : actingIndex >= 0 ? actingIndex : status === 'WITHDRAWN' ? 0 : 0;
  const approvedStep: Step = { key: 'approved', color: 'green', children: <strong>资格审核全部通过，等待录取</strong> };
  chain.forEach((level, index) => {
    if (index === before.length && status === 'APPROVED') steps.push(approvedStep);
    const name = level.stage === 'AFTER_ADMISSION' ? `${level.label.zh}（录取后复核）` : level.label.zh;
    const key = `${level.stage}-${level.level}`;
    if (index < doneUpTo) {
      steps.push({ key, color: 'green', children: <>{name}：审核通过</> });
    } else if (index === actingIndex && status === 'RETURNED' && returned) {
      steps.push({
        key,
        color: 'orange',
        children: (
          <div>
            <strong>{name}：退回修改</strong>
            <div>退回原因：{returned.reason}</div>
            <div>
              请于 <strong>{formatDateTime(returned.correctBy)}</strong> 前修改并重新提交（{countdown(returned.correctBy)}），逾期未修改的视为自动放弃。
            </div>
          </div>
        ),
      });
    } else if (index === actingIndex && status === 'REJECTED' && rejected) {
      steps.push({
        key,
        color: 'red',
        children: (
          <div>
            <strong>{name}：审核不通过</strong>
            <div>原因：{rejected.reason}</div>
          </div>
        ),
      });
    } else if (index === actingIndex && status === 'IN_REVIEW') {
      steps.push({
        key,
        color: 'blue',
        children: (
          <div>
            <strong>{name}：正在审核</strong>
            {level.window.closesAt && <div style={{ color: '#595959' }}>审核截止 {formatDateTime(level.window.closesAt)}</div>}
          </div>
        ),
      });
    } else if (status === 'REJECTED' || status === 'WITHDRAWN') {
      // Nothing further happens after a rejection or a withdrawal.
    } else if (level.stage === 'AFTER_ADMISSION' && status !== 'CONFIRMED' && stage !== 'AFTER_ADMISSION') {
      steps.push({ key, color: 'gray', children: <>{name}：录取后进行</> });
    } else {
      steps.push({ key, color: 'gray', children: <>{name}：待审核</> });
    }
  });
  if (status === 'WITHDRAWN') steps.push({ key: 'withdrawn', color: 'gray', children: <strong>退回后逾期未修改，视为自动放弃</strong> });
  if (status === 'APPROVED' && after.length === 0) steps.push(approvedStep);
  if (status === 'CONFIRMED') steps.push({ key: 'confirmed', color: 'green', children: <strong>录取后复核通过</strong> });
  return steps;
}

function nextStep(application: Application): string {
  if (application.nextReviewerLabel) return `等待${application.nextReviewerLabel.zh}审核`;
  if (application.nextReviewer) return `等待${LEVEL_LABEL[application.nextReviewer]}审核`;
  if (application.status === 'RETURNED') return '请按退回原因修改后重新提交';
  if (application.status === 'APPROVED') return '等待录取';
  return '无';
}

export function ReviewTimelineCard({ round, application }: { round: Round; application: Application }) {
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
      <Timeline items={reviewSteps(round, application)} />
    </Card>
  );
}
