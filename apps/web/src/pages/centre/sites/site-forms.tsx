import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Col, Form, Input, InputNumber, Modal, Row, Space } from 'antd';
import { api, call, type Schemas } from '../../../api/client';
import { ErrorAlert } from '../../../components/error-alert';
import { fieldProblems } from '../../../api/errors';
import { problemInChinese } from '../sessions/session-form';
import { ProblemList } from '../sessions/problem-list';

/** The API's problems for one field of a small form, in Chinese, as Form.Item props. */
function at(error: unknown, field: string) {
  const problems = Object.entries(fieldProblems(error))
    .filter(([key]) => key === field || key.startsWith(`${field}.`))
    .flatMap(([, texts]) => texts.map(problemInChinese));
  return problems.length ? { validateStatus: 'error' as const, help: problems.join('；') } : {};
}

/** TK-4: a skills-assessment site; its two-character code goes into every ticket number of the site (TK-3). */
export function SiteModal({ sessionId, open, onClose }: { sessionId: number; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Schemas['SiteDto']>();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (body: Schemas['SiteDto']) => call(api.POST('/sessions/{sessionId}/sites', { params: { path: { sessionId } }, body })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['sites', sessionId] });
      form.resetFields();
      onClose();
    },
  });
  return (
    <Modal open={open} title="添加考点" onCancel={onClose} footer={null} destroyOnHidden>
      <ErrorAlert error={create.error} />
      <ProblemList error={create.error} />
      <Form<Schemas['SiteDto']> form={form} layout="vertical" onFinish={(values) => create.mutate({ ...values, code: values.code.trim().toUpperCase() })}>
        <Form.Item label="考点名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写考点名称' }]} {...at(create.error, 'name')}>
          <Input maxLength={120} placeholder="例如 福建省全科医学培训中心考点" />
        </Form.Item>
        <Form.Item
          label="考点代码"
          name="code"
          rules={[
            { required: true, message: '请填写考点代码' },
            { pattern: /^[A-Za-z0-9]{2}$/, message: '2 位大写字母或数字' },
          ]}
          extra="2 位大写字母或数字，例如 FZ；会出现在本考点每张准考证的编号中，创建后不宜更改"
          {...at(create.error, 'code')}
        >
          <Input maxLength={2} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item label="地址" name="address" rules={[{ required: true, whitespace: true, message: '请填写地址' }]} {...at(create.error, 'address')}>
          <Input maxLength={200} placeholder="例如 福州市鼓楼区示例路1号" />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            添加考点
          </Button>
          <Button onClick={onClose}>取消</Button>
        </Space>
      </Form>
    </Modal>
  );
}

interface SlotValues {
  date: string;
  startsAt: string;
  endsAt: string;
  rooms: Array<{ id: string; name: string; capacity: number }>;
}

/** TK-4: a day and time slot at a site (Beijing time) with its rooms / station groups and their capacities. */
export function SlotModal({ sessionId, site, onClose }: { sessionId: number; site: { id: number; name: string } | null; onClose: () => void }) {
  const [form] = Form.useForm<SlotValues>();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (body: SlotValues) => call(api.POST('/sessions/{sessionId}/sites/{siteId}/slots', { params: { path: { sessionId, siteId: site!.id } }, body })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['sites', sessionId] });
      form.resetFields();
      onClose();
    },
  });
  return (
    <Modal open={site !== null} title={site ? `添加场次：${site.name}` : '添加场次'} onCancel={onClose} footer={null} destroyOnHidden width={640}>
      <ErrorAlert error={create.error} />
      <ProblemList error={create.error} />
      <Form<SlotValues>
        form={form}
        layout="vertical"
        initialValues={{ rooms: [{ id: 'G1', name: '第1站组', capacity: 30 }] }}
        onFinish={(values) => create.mutate({ ...values, rooms: values.rooms.map((room) => ({ ...room, id: room.id.trim(), name: room.name.trim() })) })}
      >
        <Row gutter={12}>
          <Col xs={24} sm={10}>
            <Form.Item label="日期" name="date" rules={[{ required: true, message: '请填写日期' }]} {...at(create.error, 'date')}>
              <Input type="date" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={7}>
            <Form.Item label="开始（北京时间）" name="startsAt" rules={[{ required: true, message: '请填写' }]} {...at(create.error, 'startsAt')}>
              <Input type="time" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={7}>
            <Form.Item label="结束（北京时间）" name="endsAt" rules={[{ required: true, message: '请填写' }]} {...at(create.error, 'endsAt')}>
              <Input type="time" />
            </Form.Item>
          </Col>
        </Row>
        <Form.List name="rooms">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Row gutter={8} key={field.key} align="bottom">
                  <Col xs={6} sm={5}>
                    <Form.Item label={`考场 ${index + 1} 编号`} name={[field.name, 'id']} rules={[{ required: true, whitespace: true, message: '请填写' }]}>
                      <Input maxLength={20} />
                    </Form.Item>
                  </Col>
                  <Col xs={10} sm={11}>
                    <Form.Item label={`考场 ${index + 1} 名称`} name={[field.name, 'name']} rules={[{ required: true, whitespace: true, message: '请填写' }]}>
                      <Input maxLength={60} />
                    </Form.Item>
                  </Col>
                  <Col xs={8} sm={5}>
                    <Form.Item label={`考场 ${index + 1} 座位数`} name={[field.name, 'capacity']} rules={[{ required: true, message: '请填写' }]}>
                      <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={3}>
                    <Form.Item>
                      <Button onClick={() => remove(field.name)} disabled={fields.length === 1} aria-label={`删除考场 ${index + 1}`}>
                        删除
                      </Button>
                    </Form.Item>
                  </Col>
                </Row>
              ))}
              <Form.Item {...at(create.error, 'rooms')}>
                <Button onClick={() => add({ id: `G${fields.length + 1}`, name: `第${fields.length + 1}站组`, capacity: 30 })}>再加一个考场/站组</Button>
              </Form.Item>
            </>
          )}
        </Form.List>
        <Space>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            添加场次
          </Button>
          <Button onClick={onClose}>取消</Button>
        </Space>
      </Form>
    </Modal>
  );
}
