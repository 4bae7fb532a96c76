import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client';
import { ErrorAlert } from '../../../components/error-alert';

type View = Schemas['ApplicationView'];
type Decision = Schemas['ReviewDecisionDto'];

/** A date the DatePicker holds (a dayjs value): its wall-clock reading is what the reviewer chose. */
interface Picked {
  format(pattern: string): string;
}

/**
 * Approve, reject (with the reason) or return for correction (reason and a correct-by deadline in Beijing time) at
 * the reviewer's own level; the version read is sent back so a decision on a stale page is refused.
 */
export function ReviewActions({ application }: { application: View }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [asking, setAsking] = useState<'REJECT' | 'RETURN' | null>(null);
  const [form] = Form.useForm<{ reason: string; correctBy?: Picked }>();
  const decide = useMutation({
    mutationFn: (decision: Decision) => call(api.POST('/recruitment/applications/{id}/review', { params: { path: { id: application.id } }, body: { ...decision, expectedVersion: application.version } })),
    onSuccess: (view, decision) => {
      queryClient.setQueryData(['recruitment-application', view.id], view);
      void queryClient.invalidateQueries({ queryKey: ['recruitment-applications'] });
      void message.success(decision.decision === 'APPROVE' ? '已审核通过' : decision.decision === 'REJECT' ? '已审核不通过' : '已退回修改，报名人将收到通知');
      setAsking(null);
      form.resetFields();
    },
  });

  const submit = async () => {
    // A field left empty is marked beside it; nothing is sent.
    const values = await form.validateFields().catch(() => null);
    if (values === null) return;
    if (asking === 'REJECT') decide.mutate({ decision: 'REJECT', reason: values.reason.trim() });
    if (asking === 'RETURN' && values.correctBy) decide.mutate({ decision: 'RETURN', reason: values.reason.trim(), correctBy: `${values.correctBy.format('YYYY-MM-DDTHH:mm')}:00+08:00` });
  };

  return (
    <>
      {!asking && <ErrorAlert error={decide.error} />}
      <Space wrap>
        <Popconfirm title="确认审核通过？" description={`${application.name}的报名将进入下一环节。`} okText="确认通过" cancelText="取消" onConfirm={() => decide.mutate({ decision: 'APPROVE' })}>
          <Button type="primary" loading={decide.isPending && decide.variables?.decision === 'APPROVE'}>
            审核通过
          </Button>
        </Popconfirm>
        <Button onClick={() => (decide.reset(), setAsking('RETURN'))}>退回修改</Button>
        <Button danger onClick={() => (decide.reset(), setAsking('REJECT'))}>
          审核不通过
        </Button>
      </Space>
      <Modal
        open={asking !== null}
        title={asking === 'RETURN' ? `退回修改：${application.name}` : `审核不通过：${application.name}`}
        okText={asking === 'RETURN' ? '退回修改' : '确认不通过'}
        okButtonProps={{ danger: asking === 'REJECT', loading: decide.isPending }}
        cancelText="取消"
        onOk={() => void submit()}
        onCancel={() => setAsking(null)}
        destroyOnHidden
      >
        {asking === 'RETURN' && <Alert type="info" showIcon style={{ marginBottom: 16 }} message="报名人须在期限前修改并重新提交；逾期未修改的视为自动放弃。" />}
        <ErrorAlert error={decide.error} />
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item name="reason" label={asking === 'RETURN' ? '退回原因（报名人可见）' : '不通过原因（报名人可见）'} rules={[{ required: true, whitespace: true, message: '请填写原因' }, { max: 500, message: '最多 500 字' }]}>
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
          {asking === 'RETURN' && (
            <Form.Item name="correctBy" label="修改截止时间（北京时间）" rules={[{ required: true, message: '请选择修改截止时间' }]}>
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" placeholder="选择日期和时间" style={{ width: 240 }} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
