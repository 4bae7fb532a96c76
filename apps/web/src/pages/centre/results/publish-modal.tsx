import { useMutation } from '@tanstack/react-query';
import { Alert, Checkbox, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client';
import { ApiError } from '../../../api/errors';
import { ScoringErrorAlert } from '../../../components/scoring-error-alert';
import { SUBJECT_LABEL } from '../../../components/scoring-labels';

type PublicationView = Schemas['PublicationView'];

/** The count of approved candidates without a result, from a RESULTS_INCOMPLETE refusal. */
function missingOf(error: unknown): number | null {
  if (!(error instanceof ApiError) || error.code !== 'RESULTS_INCOMPLETE') return null;
  const missing = (error.details as { missing?: unknown } | undefined)?.missing;
  return typeof missing === 'number' ? missing : null;
}

interface Values {
  reason?: string;
  acknowledge?: boolean;
}

/**
 * SC-4: publishing a subject is final. When approved candidates still have no result the API refuses
 * (RESULTS_INCOMPLETE, with their count); the centre may then publish anyway, acknowledging it with a reason.
 */
export function PublishModal({ sessionName, publication, onClose, onPublished }: { sessionName: string; publication: PublicationView; onClose: () => void; onPublished: (view: PublicationView) => void }) {
  const [form] = Form.useForm<Values>();
  const [incomplete, setIncomplete] = useState<number | null>(publication.missing && publication.missing > 0 ? publication.missing : null);
  const acknowledge = Form.useWatch('acknowledge', form);

  const publish = useMutation({
    mutationFn: (values: Values) =>
      call(
        api.POST('/sessions/{sessionId}/results/{subject}/publish', {
          params: { path: { sessionId: publication.sessionId, subject: publication.subject } },
          body: incomplete !== null ? { acknowledgeMissing: values.acknowledge === true, reason: values.reason?.trim() } : { reason: values.reason?.trim() || undefined },
        }),
      ),
    onSuccess: onPublished,
    onError: (error) => {
      const missing = missingOf(error);
      if (missing !== null) setIncomplete(missing);
    },
  });
  const refusal = publish.error && missingOf(publish.error) === null ? publish.error : null;
  const subject = SUBJECT_LABEL[publication.subject];

  return (
    <Modal
      open
      title={`公布${subject}成绩`}
      okText={incomplete !== null ? '仍然公布' : '公布'}
      okButtonProps={{ danger: incomplete !== null, disabled: incomplete !== null && !acknowledge, loading: publish.isPending }}
      cancelText="取消"
      onOk={() => void form.validateFields().then((values) => publish.mutate(values), () => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>
        公布后，{sessionName}的考生即可看到{subject}的成绩、是否合格和有效期，成绩开始计入补考和证书判断。<Typography.Text strong>公布不可撤销</Typography.Text>
        ，之后只能逐条更正并填写理由。
      </Typography.Paragraph>
      {publication.subject === 'THEORY' && <Typography.Paragraph type="secondary">专业理论考试成绩以标准分形式报告，公布后不接受成绩复核申请。</Typography.Paragraph>}
      {incomplete !== null && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          message={`仍有 ${incomplete} 名审核通过的考生没有${subject}成绩记录。`}
          description="缺考也须导入或录入。公布后不能再为他们导入或录入成绩，他们本次将没有该科目成绩。若确有原因（例如未在国家平台报名、不在国家成绩文件中），请勾选确认并填写理由；理由记入操作日志。"
        />
      )}
      <ScoringErrorAlert error={refusal} />
      <Form form={form} layout="vertical" requiredMark={incomplete !== null}>
        {incomplete !== null && (
          <Form.Item name="acknowledge" valuePropName="checked" style={{ marginBottom: 12 }}>
            <Checkbox>我已核实这 {incomplete} 名考生没有成绩的原因，仍然公布</Checkbox>
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={incomplete !== null ? '理由（必填，记入操作日志）' : '备注（选填，记入操作日志）'}
          rules={incomplete !== null ? [{ required: true, whitespace: true, message: '仍然公布须填写理由' }] : []}
        >
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={incomplete !== null ? '例如：3 名考生未在国家平台报名，不在国家成绩文件中' : '例如：2024 年国家理论考试成绩'} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
