import { Form, Input, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDateTime } from '../../../format/time';

export type Decision = 'APPROVE' | 'RETURN' | 'REJECT';

const WORDING: Record<Decision, { title: string; ok: string; reason: string; required: boolean; danger: boolean }> = {
  APPROVE: { title: '审核通过', ok: '确认通过', reason: '审核意见（可不填）', required: false, danger: false },
  RETURN: { title: '退回修改', ok: '确认退回', reason: '退回原因（考生可见，请写明要改什么）', required: true, danger: false },
  REJECT: { title: '审核不通过', ok: '确认不通过', reason: '不通过原因（考生可见）', required: true, danger: true },
};

function consequence(decision: Decision, reviewClosesAt: string | undefined): string {
  switch (decision) {
    case 'APPROVE':
      return '通过后，报名交由省全科医学培训中心复审；考生会收到通知。';
    case 'RETURN':
      return `考生会收到退回通知和原因，须在资格审核结束（${formatDateTime(reviewClosesAt)}）前修改并重新提交；逾期未改，报名作废。`;
    case 'REJECT':
      return '不通过后，本条报名结束，考生会收到通知和原因。';
  }
}

/** One decision on one sign-up: what happens next, and the reason the candidate will read. */
export function ReviewDecisionModal({
  decision,
  candidate,
  reviewClosesAt,
  pending,
  error,
  onCancel,
  onSubmit,
}: {
  decision: Decision | null;
  candidate: string;
  reviewClosesAt: string | undefined;
  pending: boolean;
  error: unknown;
  onCancel: () => void;
  onSubmit: (reason: string | undefined) => void;
}) {
  const [form] = Form.useForm<{ reason?: string }>();
  useEffect(() => {
    if (decision) form.resetFields();
  }, [decision, form]);
  if (!decision) return null;
  const wording = WORDING[decision];
  return (
    <Modal
      open
      title={`${wording.title}：${candidate}`}
      okText={wording.ok}
      cancelText="取消"
      okButtonProps={{ danger: wording.danger, loading: pending }}
      onCancel={onCancel}
      onOk={() =>
        void form.validateFields().then(
          (values) => onSubmit(values.reason?.trim() || undefined),
          // The form shows what is missing beside the field.
          () => undefined,
        )
      }
      destroyOnHidden
    >
      <Typography.Paragraph>{consequence(decision, reviewClosesAt)}</Typography.Paragraph>
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" requiredMark={wording.required ? true : false}>
        <Form.Item
          label={wording.reason}
          name="reason"
          rules={wording.required ? [{ required: true, whitespace: true, message: '请填写原因，考生会看到它' }, { max: 500, message: '最多 500 字' }] : [{ max: 500, message: '最多 500 字' }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
