import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client';
import { ErrorAlert } from '../../../components/error-alert';

type Placement = Schemas['PlacementView'];

interface Picked {
  format(pattern: string): string;
}

/** A base records that an admitted trainee reported (the Beijing day: training starts then) or will not (why). */
export function PlacementActions({ roundId, placement }: { roundId: number; placement: Placement }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [asking, setAsking] = useState<'ARRIVAL' | 'NO_SHOW' | null>(null);
  const [form] = Form.useForm<{ reportedOn?: Picked; reason?: string }>();
  const record = useMutation({
    mutationFn: (values: { reportedOn?: string; reason?: string }) =>
      values.reportedOn
        ? call(api.POST('/recruitment/rounds/{roundId}/placements/{applicationId}/arrival', { params: { path: { roundId, applicationId: placement.applicationId } }, body: { reportedOn: values.reportedOn } }))
        : call(api.POST('/recruitment/rounds/{roundId}/placements/{applicationId}/no-show', { params: { path: { roundId, applicationId: placement.applicationId } }, body: { reason: values.reason ?? '' } })),
    onSuccess: (view) => {
      void queryClient.invalidateQueries({ queryKey: ['recruitment-placements', roundId] });
      void queryClient.invalidateQueries({ queryKey: ['recruitment-returns', roundId] });
      void message.success(view.status === 'REPORTED' ? `已登记${view.name}报到` : `已登记${view.name}未报到，已通过消息中心告知本人`);
      setAsking(null);
    },
  });
  const submit = async () => {
    // A field left empty is marked beside it; nothing is sent.
    const values = await form.validateFields().catch(() => null);
    if (values === null) return;
    if (asking === 'ARRIVAL' && values.reportedOn) record.mutate({ reportedOn: values.reportedOn.format('YYYY-MM-DD') });
    if (asking === 'NO_SHOW') record.mutate({ reason: values.reason?.trim() });
  };
  return (
    <>
      <Space wrap size={4}>
        <Button size="small" onClick={() => (record.reset(), setAsking('ARRIVAL'))} aria-label={`登记报到：${placement.name}`}>
          登记报到
        </Button>
        <Button size="small" danger onClick={() => (record.reset(), setAsking('NO_SHOW'))} aria-label={`登记未报到：${placement.name}`}>
          未报到
        </Button>
      </Space>
      <Modal
        open={asking !== null}
        title={asking === 'ARRIVAL' ? `登记报到：${placement.name}` : `登记未报到：${placement.name}`}
        okText="确认登记"
        okButtonProps={{ danger: asking === 'NO_SHOW', loading: record.isPending }}
        cancelText="取消"
        onOk={() => void submit()}
        onCancel={() => setAsking(null)}
        destroyOnHidden
      >
        <ErrorAlert error={record.error} />
        <Form form={form} layout="vertical" preserve={false}>
          {asking === 'ARRIVAL' ? (
            <Form.Item name="reportedOn" label="报到日期（北京时间，培训自该日开始）" rules={[{ required: true, message: '请选择报到日期' }]}>
              <DatePicker format="YYYY-MM-DD" placeholder="选择日期" style={{ width: 200 }} />
            </Form.Item>
          ) : (
            <Form.Item
              name="reason"
              label="未报到原因（写入报到情况汇总）"
              extra="登记后录取资格即取消，并按本批次招录政策处理；系统会通过消息中心告知本人，消息中含此原因。"
              rules={[{ required: true, whitespace: true, message: '请填写未报到原因' }]}
            >
              <Input.TextArea rows={3} maxLength={500} showCount />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
