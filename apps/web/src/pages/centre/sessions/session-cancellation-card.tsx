import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Input, Modal, Spin, Typography } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDateTime } from '../../../format/time';
import { SUBJECT_LABEL, SUBJECTS, type Subject } from './labels';
import { ToneTag } from './tone-tag';

type SessionView = Schemas['SessionView'];
type CancellationResult = Schemas['SessionCancellationResult'];
/** What the centre calls off: one subject, or the whole session. */
type Target = Subject | 'SESSION';

const HINT = { color: '#595959' };
const targetText = (target: Target) => (target === 'SESSION' ? '整个考核批次' : SUBJECT_LABEL[target]);

/** FA-12: the confirmation, with how many candidates it reaches and the reason they will be told. */
function CancelDialog({ session, target, onClose, onDone }: { session: SessionView; target: Target; onClose: () => void; onDone: (result: CancellationResult) => void }) {
  const [reason, setReason] = useState('');
  const impact = useQuery({
    queryKey: ['session', session.id, 'cancellation-impact'],
    queryFn: () => call(api.GET('/sessions/{id}/cancellation-impact', { params: { path: { id: session.id } } })),
    staleTime: 0,
  });
  const cancel = useMutation({
    mutationFn: () =>
      call(
        api.POST('/sessions/{id}/cancel', {
          params: { path: { id: session.id } },
          body: target === 'SESSION' ? { reason: reason.trim() } : { subject: target, reason: reason.trim() },
        }),
      ),
    onSuccess: onDone,
  });
  const candidates = target === 'SESSION' ? impact.data?.wholeSession.candidates : impact.data?.subjects.find((s) => s.subject === target)?.candidates;
  const blank = reason.trim().length === 0;
  return (
    <Modal
      open
      title={`取消${targetText(target)}的考试？`}
      okText="确认取消考试"
      cancelText="不取消"
      okButtonProps={{ danger: true, disabled: blank || candidates === undefined }}
      confirmLoading={cancel.isPending}
      onOk={() => cancel.mutate()}
      onCancel={onClose}
    >
      {impact.isPending ? (
        <Spin aria-label="正在统计受影响的考生" />
      ) : (
        candidates !== undefined && (
          <Alert
            type="warning"
            showIcon
            data-testid="cancellation-impact"
            style={{ marginBottom: 12 }}
            message={`将影响 ${candidates} 名考生`}
            description={
              target === 'SESSION'
                ? '所有已提交、待审核和已通过审核的报名都将取消，准考证作废、考场座位释放，每位考生收到一条消息。此操作不可撤销。'
                : `${SUBJECT_LABEL[target]}将从这些考生的报名中移除（只报考此科目的，报名随之取消），该科准考证作废${target === 'SKILLS' ? '、考场座位释放' : ''}，每位考生收到一条消息。此操作不可撤销。`
            }
          />
        )
      )}
      <ErrorAlert error={impact.error ?? cancel.error} />
      <label htmlFor="cancellation-reason" style={{ display: 'block', fontWeight: 600, marginBottom: 4 }}>
        取消原因（必填）
      </label>
      <Input.TextArea
        id="cancellation-reason"
        rows={3}
        maxLength={500}
        showCount
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        placeholder="例如：受台风影响，考点无法正常组织考试"
        aria-describedby="cancellation-reason-hint"
      />
      <div id="cancellation-reason-hint" style={{ ...HINT, marginTop: 4 }}>
        原因将原样发给每位受影响的考生，并记入操作日志。{blank ? '填写原因后才能确认。' : ''}
      </div>
    </Modal>
  );
}

/**
 * FA-12 on the session editor: each subject's state with a "取消考试" action, and one for the whole session,
 * each behind a confirmation that says how many candidates it reaches and asks for the reason.
 */
export function SessionCancellationCard({ session, onCancelled }: { session: SessionView; onCancelled: (result: CancellationResult) => void }) {
  const [target, setTarget] = useState<Target | null>(null);
  const [done, setDone] = useState<CancellationResult | null>(null);
  const offered = SUBJECTS.filter((subject) => session.subjects.some((config) => config.subject === subject));
  return (
    <Card
      data-testid="session-cancellation"
      title={<Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>取消考试（不可抗力）</Typography.Title>}
      style={{ marginBottom: 16 }}
    >
      <Typography.Paragraph style={HINT}>
        因不可抗力无法举行考试时，可以取消某一科目或整个批次：该科目从考生的报名中移除，准考证作废，每位受影响的考生都会收到消息。已录入或已公布成绩的科目不能取消。
      </Typography.Paragraph>
      {done && (
        <Alert
          type="success"
          showIcon
          role="status"
          style={{ marginBottom: 16 }}
          message={`已取消${done.wholeSession ? '整个考核批次' : done.subjects.map((s) => SUBJECT_LABEL[s]).join('、')}，已通知 ${done.affectedSignups} 名考生。`}
          description={
            done.cancelledSignups === done.affectedSignups
              ? '这些考生的报名随之取消。已记入操作日志。'
              : `其中 ${done.cancelledSignups} 人因没有剩余科目，报名随之取消；其余 ${done.affectedSignups - done.cancelledSignups} 人保留另一科目。已记入操作日志。`
          }
        />
      )}
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {offered.map((subject) => {
          const cancellation = session.cancellations.find((c) => c.subject === subject);
          return (
            <li key={subject} data-subject={subject} style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 12, padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
              <strong style={{ minWidth: 140 }}>{SUBJECT_LABEL[subject]}</strong>
              {cancellation ? (
                <>
                  <ToneTag tone="red">已取消</ToneTag>
                  <span>
                    {formatDateTime(cancellation.cancelledAt)} 取消，原因：{cancellation.reason}
                  </span>
                </>
              ) : (
                <>
                  <ToneTag tone="green">按计划进行</ToneTag>
                  <Button danger style={{ marginInlineStart: 'auto' }} onClick={() => setTarget(subject)} aria-label={`取消考试：${SUBJECT_LABEL[subject]}`}>
                    取消考试
                  </Button>
                </>
              )}
            </li>
          );
        })}
      </ul>
      <div style={{ marginTop: 16 }}>
        {session.cancelled ? (
          <ToneTag tone="red">本批次已取消</ToneTag>
        ) : (
          <Button danger type="primary" onClick={() => setTarget('SESSION')}>
            取消整个考核批次
          </Button>
        )}
      </div>
      {target && (
        <CancelDialog
          key={target}
          session={session}
          target={target}
          onClose={() => setTarget(null)}
          onDone={(result) => {
            setTarget(null);
            setDone(result);
            onCancelled(result);
          }}
        />
      )}
    </Card>
  );
}
