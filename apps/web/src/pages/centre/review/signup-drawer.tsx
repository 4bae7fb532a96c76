import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Drawer, Form, Grid, Input, Popconfirm, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDate, formatDateTime } from '../../../format/time';
import { subjectLabel } from '../sessions/labels';
import { VerdictChecks } from './verdict-checks';
import { ToneTag } from '../sessions/tone-tag';

type Row = Schemas['SignupListRow'];
type Signup = Schemas['SignupView'];

/** Statuses a sign-up can be cancelled from for false information (FA-11). */
const CANCELLABLE = new Set<Schemas['SignupStatus']>(['SUBMITTED', 'RETURNED', 'BASE_APPROVED', 'APPROVED']);

/** A photo as a data: URL (under 300 KB): nothing to revoke when the drawer closes. */
function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('photo unreadable'));
    reader.readAsDataURL(blob);
  });
}

/** The candidate's photo, fetched with the login's token (an <img> cannot send it). */
function TraineePhoto({ traineeId, name }: { traineeId: number; name: string }) {
  const photo = useQuery({
    queryKey: ['trainee-photo', traineeId],
    queryFn: async () => dataUrl(await call(api.GET('/trainees/{id}/photo', { params: { path: { id: traineeId } }, parseAs: 'blob' }))),
  });
  if (photo.isPending) return <Spin aria-label="正在加载照片" />;
  if (photo.isError) return <ErrorAlert error={photo.error} style={{ maxWidth: 240 }} />;
  return <img src={photo.data} alt={`${name}的报名照片`} width={120} style={{ border: '1px solid #d9d9d9', display: 'block' }} />;
}

/** Why the centre rejects or cancels: required, shown to the candidate and recorded. */
function ReasonForm({ kind, pending, onSubmit, onCancel }: { kind: 'REJECT' | 'CANCEL'; pending: boolean; onSubmit: (reason: string) => void; onCancel: () => void }) {
  return (
    <Form<{ reason: string }>
      layout="vertical"
      onFinish={({ reason }) => onSubmit(reason.trim())}
      style={{ marginBottom: 16, padding: 12, border: '1px solid #d9d9d9', borderRadius: 8 }}
    >
      {kind === 'CANCEL' && (
        <Alert
          type="warning"
          showIcon
          message="取消报名不能撤销"
          description="用于发现报名信息不实（FA-11）：报名取消，已发的准考证作废（核验时显示已撤销），本批次成绩作废。"
          style={{ marginBottom: 12 }}
        />
      )}
      <Form.Item
        label={kind === 'REJECT' ? '不通过的理由（考生可见）' : '取消的理由（记入日志，考生可见）'}
        name="reason"
        rules={[{ required: true, whitespace: true, message: '请填写理由' }]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
      <Space wrap>
        <Button type="primary" danger={kind === 'CANCEL'} htmlType="submit" loading={pending}>
          {kind === 'REJECT' ? '确认不通过' : '确认取消报名'}
        </Button>
        <Button onClick={onCancel}>返回</Button>
      </Space>
    </Form>
  );
}

type Decision = { kind: 'APPROVE' } | { kind: 'REJECT'; reason: string } | { kind: 'CANCEL'; reason: string };

const DONE_TEXT: Record<Decision['kind'], string> = {
  APPROVE: '已复审通过。考生照片已锁定；编排座位后即可生成准考证。',
  REJECT: '已复审不通过。考生会在消息中心看到结果和理由。',
  CANCEL: '已取消报名。其准考证已作废，本批次成绩（如有）已作废，操作已记入日志。',
};

/**
 * One sign-up for the centre's re-review (FA-9): who, the base's decision, the photo, the verdict rule by rule,
 * and the decisions: approve, reject with a reason, or cancel for false information (FA-11) with a reason.
 */
export function SignupDrawer({ row, reviewClosed, onClose }: { row: Row | null; reviewClosed: boolean; onClose: () => void }) {
  const phone = !Grid.useBreakpoint().md;
  return (
    <Drawer open={row !== null} onClose={onClose} width={phone ? '100%' : 640} title={row ? `复审：${row.name}` : '复审'} destroyOnHidden>
      {row && <SignupDetail key={row.id} row={row} reviewClosed={reviewClosed} />}
    </Drawer>
  );
}

/** One sign-up's details and decisions; a different sign-up gets a fresh one (nothing typed is carried over). */
function SignupDetail({ row, reviewClosed }: { row: Row; reviewClosed: boolean }) {
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState<'REJECT' | 'CANCEL' | null>(null);
  const id = row.id;

  const signup = useQuery({
    queryKey: ['signup', id],
    queryFn: () => call(api.GET('/signups/{id}', { params: { path: { id } } })),
  });

  const decide = useMutation<Signup, unknown, Decision>({
    mutationFn: (decision) => {
      const path = { id };
      const expectedVersion = signup.data?.version;
      if (decision.kind === 'CANCEL') return call(api.POST('/signups/{id}/cancel', { params: { path }, body: { reason: decision.reason } }));
      return call(
        api.POST('/signups/{id}/centre-review', {
          params: { path },
          body: decision.kind === 'APPROVE' ? { decision: 'APPROVE', expectedVersion } : { decision: 'REJECT', reason: decision.reason, expectedVersion },
        }),
      );
    },
    onSuccess: (answer) => {
      queryClient.setQueryData(['signup', id], answer);
      void queryClient.invalidateQueries({ queryKey: ['centre-signups'] });
      setAsking(null);
    },
  });

  const status = signup.data?.status ?? row.status;
  const canReview = status === 'BASE_APPROVED';
  const canCancel = status !== undefined && CANCELLABLE.has(status);

  return (
    <>
      <Space align="start" size={16} wrap style={{ marginBottom: 16 }}>
        <TraineePhoto traineeId={row.traineeId} name={row.name} />
        <Descriptions column={1} size="small" styles={{ label: { color: '#595959' } }}>
          <Descriptions.Item label="证件号码">{row.idNumberMasked}</Descriptions.Item>
          <Descriptions.Item label="培训基地">
            {row.baseName}（{row.cityName}）
          </Descriptions.Item>
          <Descriptions.Item label="年级">{row.cohort}</Descriptions.Item>
          <Descriptions.Item label="结束轮转">{formatDate(row.rotationEndDate)}</Descriptions.Item>
          <Descriptions.Item label="报考科目">{row.subjects.map(subjectLabel).join('、')}</Descriptions.Item>
          <Descriptions.Item label="提交时间">{formatDateTime(row.submittedAt)}</Descriptions.Item>
        </Descriptions>
      </Space>

      <ErrorAlert error={signup.error} />
      {signup.data && (
        <>
          <Typography.Title level={3} style={{ fontSize: 16 }}>
            当前状态
          </Typography.Title>
          <Typography.Paragraph>
            <ToneTag tone={signup.data.status === 'APPROVED' ? 'green' : signup.data.status === 'BASE_APPROVED' ? 'blue' : 'plain'}>{signup.data.statusLabel.zh}</ToneTag>
            {signup.data.baseReviewedAt && <span>基地审核于 {formatDateTime(signup.data.baseReviewedAt)}</span>}
            {signup.data.centreReviewedAt && <span>；中心复审于 {formatDateTime(signup.data.centreReviewedAt)}</span>}
          </Typography.Paragraph>
          {signup.data.lastReason && <Typography.Paragraph>最近一次理由：{signup.data.lastReason}</Typography.Paragraph>}

          {decide.isSuccess && <Alert type="success" showIcon role="status" message={`${decide.data.statusLabel.zh}`} description={DONE_TEXT[decide.variables.kind]} style={{ marginBottom: 16 }} />}
          <ErrorAlert error={decide.error} />
          {reviewClosed && canReview && <Alert type="warning" showIcon message="本批次审核时间已结束，复审通过或不通过将被拒绝。" style={{ marginBottom: 16 }} />}

          {(canReview || canCancel) && asking === null && (
            <Space wrap style={{ marginBottom: 16 }}>
              {canReview && (
                <Popconfirm
                  title="确认复审通过？"
                  description="通过后考生照片锁定，不能再更换；考生将获得准考证。"
                  okText="确认通过"
                  cancelText="再看看"
                  onConfirm={() => decide.mutate({ kind: 'APPROVE' })}
                >
                  <Button type="primary" loading={decide.isPending && decide.variables?.kind === 'APPROVE'}>
                    复审通过
                  </Button>
                </Popconfirm>
              )}
              {canReview && <Button onClick={() => setAsking('REJECT')}>不通过…</Button>}
              {canCancel && (
                <Button danger onClick={() => setAsking('CANCEL')}>
                  取消报名（信息不实）…
                </Button>
              )}
            </Space>
          )}

          {asking && <ReasonForm kind={asking} pending={decide.isPending} onSubmit={(reason) => decide.mutate({ kind: asking, reason })} onCancel={() => setAsking(null)} />}

          <Typography.Title level={3} style={{ fontSize: 16 }}>
            资格核验（逐条）
          </Typography.Title>
          <VerdictChecks verdict={signup.data.verdict} />
        </>
      )}
      {signup.isPending && <Spin aria-label="正在加载报名详情" />}
    </>
  );
}
