import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Drawer, Grid, List, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDate, formatDateTime } from '../../../format/time';
import { CHECK_OUTCOME, SIGNUP_STATUS_TONE, SIGNUP_STATUS_SHORT, subjectsText } from '../labels';
import { isReviewOpen, type Session } from '../reviewer-context';
import { StatusTag } from '../status-tag';
import { ReviewDecisionModal, type Decision } from './review-decision-modal';
import { TraineePhoto } from './trainee-photo';

type Row = Schemas['SignupListRow'];
type Verdict = Schemas['EligibilityVerdict'];

function VerdictView({ verdict }: { verdict: Verdict | null }) {
  if (!verdict) return <Alert type="info" showIcon message="这条报名还没有资格核验结果（尚未提交）。" />;
  const excepted = verdict.checks.filter((check) => check.outcome === 'EXCEPTED').length;
  return (
    <>
      <Alert
        type={!verdict.eligible ? 'error' : excepted ? 'warning' : 'success'}
        showIcon
        message={!verdict.eligible ? '资格核验：不符合报名条件' : excepted ? `资格核验：符合（其中 ${excepted} 项为特殊情况放行，请核对）` : '资格核验：全部规则符合'}
        description={`核验时间 ${formatDateTime(verdict.evaluatedAt)}，规则版本 ${verdict.ruleSetVersion}${verdict.retrainingRequired ? '；须自费重新培训' : ''}`}
        style={{ marginBottom: 8 }}
      />
      <List
        size="small"
        dataSource={verdict.checks}
        rowKey="rule"
        renderItem={(check) => (
          <List.Item>
            <div style={{ width: '100%' }}>
              <Space wrap size={8}>
                <Typography.Text strong>{check.title.zh}</Typography.Text>
                <StatusTag tone={CHECK_OUTCOME[check.outcome].colour}>{CHECK_OUTCOME[check.outcome].text}</StatusTag>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {check.rule}
                </Typography.Text>
              </Space>
              <div style={{ marginTop: 4 }}>{check.explanation.zh}</div>
              {check.exception && (
                <div style={{ marginTop: 4, color: '#874d00' }}>
                  特殊情况：{check.exception.reason}（{check.exception.grantedBy}，{formatDateTime(check.exception.grantedAt)}）
                </div>
              )}
            </div>
          </List.Item>
        )}
      />
    </>
  );
}

/** One sign-up beside the candidate's photo and the verdict rule by rule; a base reviewer decides here. */
export function SignupDrawer({
  row,
  session,
  readOnly,
  next,
  onOpen,
  onClose,
}: {
  row: Row | null;
  session: Session | undefined;
  readOnly: boolean;
  /** the next sign-up waiting for the base on the page, offered once this one is decided */
  next?: Row;
  onOpen: (row: Row) => void;
  onClose: () => void;
}) {
  const screens = Grid.useBreakpoint();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [decision, setDecision] = useState<Decision | null>(null);
  const id = row?.id;
  const detail = useQuery({
    queryKey: ['signup', id],
    queryFn: () => call(api.GET('/signups/{id}', { params: { path: { id: id! } } })),
    enabled: id !== undefined,
  });
  const review = useMutation({
    mutationFn: (body: Schemas['BaseReviewDto']) => call(api.POST('/signups/{id}/base-review', { params: { path: { id: id! } }, body })),
    onSuccess: (answer) => {
      queryClient.setQueryData(['signup', id], answer);
      void queryClient.invalidateQueries({ queryKey: ['signups'] });
      setDecision(null);
      void message.success(`${row?.name ?? ''}：${answer.statusLabel.zh}`);
    },
    // A stale version or a status changed elsewhere: show the sign-up as it is now.
    onError: () => void queryClient.invalidateQueries({ queryKey: ['signup', id] }),
  });

  const signup = detail.data;
  const reviewOpen = isReviewOpen(session);
  const canDecide = !readOnly && signup?.status === 'SUBMITTED';
  const decide = (next: Decision) => {
    review.reset();
    setDecision(next);
  };

  return (
    <Drawer
      open={row !== null}
      onClose={onClose}
      title={row ? `报名详情：${row.name}` : '报名详情'}
      width={screens.md ? 760 : '100%'}
      destroyOnHidden
      // The content scrolls in a region of its own that takes the keyboard's focus: read-only, it has no button to land on.
      styles={{ body: { padding: 0, overflow: 'hidden', display: 'flex' } }}
    >
      {row && (
        <div tabIndex={0} role="region" aria-label={`${row.name}的报名详情`} style={{ overflow: 'auto', padding: screens.md ? 24 : 16, flex: 1, minWidth: 0 }}>
          <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap', alignItems: 'flex-start', marginBottom: 16 }}>
            <TraineePhoto traineeId={row.traineeId} name={row.name} />
            <Descriptions size="small" column={1} style={{ flex: '1 1 260px', minWidth: 0 }}>
              <Descriptions.Item label="姓名">{row.name}</Descriptions.Item>
              <Descriptions.Item label="证件号码">{row.idNumberMasked}</Descriptions.Item>
              <Descriptions.Item label="培训基地">{row.baseName}</Descriptions.Item>
              <Descriptions.Item label="年级">{row.cohort}</Descriptions.Item>
              <Descriptions.Item label="结束轮转时间">{formatDate(row.rotationEndDate)}</Descriptions.Item>
              <Descriptions.Item label="报考科目">{subjectsText(signup?.subjects ?? row.subjects)}</Descriptions.Item>
              <Descriptions.Item label="提交时间">{formatDateTime(signup?.submittedAt ?? row.submittedAt)}</Descriptions.Item>
            </Descriptions>
          </div>
          <ErrorAlert error={detail.error} />
          {detail.isPending && <Spin aria-label="正在加载报名详情" style={{ display: 'block', margin: 24 }} />}
          {signup && (
            <>
              <Typography.Title level={3} style={{ fontSize: 16 }}>
                当前状态
              </Typography.Title>
              <Space direction="vertical" style={{ width: '100%', marginBottom: 16 }}>
                <Space wrap>
                  <StatusTag tone={SIGNUP_STATUS_TONE[signup.status]}>{SIGNUP_STATUS_SHORT[signup.status]}</StatusTag>
                  <span>{signup.statusLabel.zh}</span>
                </Space>
                {signup.lastReason && <div>最近一次审核意见：{signup.lastReason}</div>}
                {signup.baseReviewedAt && <div>基地审核时间：{formatDateTime(signup.baseReviewedAt)}</div>}
                {canDecide && !reviewOpen && session && (
                  <Alert
                    type="warning"
                    showIcon
                    message={`现在不在资格审核时间内（${formatDateTime(session.reviewWindow.opensAt)} 至 ${formatDateTime(session.reviewWindow.closesAt)}），审核操作会被拒绝。`}
                  />
                )}
                {canDecide && (
                  <Space wrap>
                    <Button type="primary" onClick={() => decide('APPROVE')}>
                      审核通过
                    </Button>
                    <Button onClick={() => decide('RETURN')}>退回修改</Button>
                    <Button danger onClick={() => decide('REJECT')}>
                      审核不通过
                    </Button>
                  </Space>
                )}
                {!readOnly && signup.status !== 'SUBMITTED' && (
                  <Space wrap>
                    <Typography.Text type="secondary">这条报名现在不需要基地审核。</Typography.Text>
                    {next && (
                      <Button type="primary" onClick={() => onOpen(next)}>
                        审核下一条：{next.name}
                      </Button>
                    )}
                  </Space>
                )}
              </Space>
              <Typography.Title level={3} style={{ fontSize: 16 }}>
                资格核验（逐条）
              </Typography.Title>
              <VerdictView verdict={signup.verdict} />
            </>
          )}
          <ReviewDecisionModal
            decision={decision}
            candidate={row.name}
            reviewClosesAt={session?.reviewWindow.closesAt}
            pending={review.isPending}
            error={review.error}
            onCancel={() => setDecision(null)}
            onSubmit={(reason) => decision && signup && review.mutate({ decision, reason, expectedVersion: signup.version })}
          />
        </div>
      )}
    </Drawer>
  );
}
