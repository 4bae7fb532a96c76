import { useQuery } from '@tanstack/react-query';
import { AutoComplete, Button, Card, DatePicker, Flex, Form, Input, InputNumber, Space, Table, Typography, type GetProps, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, call, type Schemas } from '../../../api/client';
import { EmptyText } from '../../../components/scoring-empty';
import { ScoringErrorAlert } from '../../../components/scoring-error-alert';
import { formatDateTime } from '../../../format/time';
import { ACTION_LABEL, ACTOR_ROLE_LABEL, ENTITY_TYPE_LABEL, FIELD_LABEL } from './audit-labels';

type AuditRecord = Schemas['AuditRecord'];
type RangeValue = Parameters<NonNullable<GetProps<typeof DatePicker.RangePicker>['onChange']>>[0];

const PAGE_SIZE = 20;
const FILTERS = ['entityType', 'entityId', 'action', 'actorUserId', 'from', 'to'] as const;

interface FormValues {
  entityType?: string;
  entityId?: string;
  action?: string;
  actorUserId?: number | null;
  range?: RangeValue;
}

/** "2024-03-01" as the start of that day in Beijing, the zone every time of the platform is in. */
const beijingMidnight = (day: string) => `${day}T00:00:00+08:00`;

function show(value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return '空';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value, null, 1);
}

/** Before and after, field by field; fields that changed are marked. */
function Changes({ record }: { record: AuditRecord }) {
  const before = record.before ?? {};
  const after = record.after ?? {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const rows = keys.map((key) => ({ key, before: show(before[key]), after: show(after[key]), changed: show(before[key]) !== show(after[key]) }));
  return (
    <div style={{ maxWidth: 960 }}>
      {record.reason && (
        <Typography.Paragraph>
          <Typography.Text strong>理由：</Typography.Text>
          {record.reason}
        </Typography.Paragraph>
      )}
      {rows.length === 0 ? (
        <Typography.Text type="secondary">这条记录没有记下修改前后的内容。</Typography.Text>
      ) : (
        <Table
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={rows}
          scroll={{ x: 600 }}
          columns={[
            {
              title: '字段',
              dataIndex: 'key',
              width: 200,
              render: (value: string, row) => {
                const name = FIELD_LABEL[value] ? `${FIELD_LABEL[value]}（${value}）` : value;
                return row.changed && record.before ? <Typography.Text strong>{name}，已改</Typography.Text> : name;
              },
            },
            ...(record.before ? [{ title: '修改前', dataIndex: 'before', render: (value: string) => <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12 }}>{value}</pre> }] : []),
            { title: record.before ? '修改后' : '内容', dataIndex: 'after', render: (value: string) => <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12 }}>{value}</pre> },
          ]}
        />
      )}
    </div>
  );
}

/** FA-13: the append-only audit trail, searched by record, action, actor and time, newest first. */
export default function AuditPage() {
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm<FormValues>();
  const [page, setPage] = useState(1);
  const filter = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? undefined])) as Record<(typeof FILTERS)[number], string | undefined>;

  const audit = useQuery({
    queryKey: ['audit', filter, page],
    queryFn: () =>
      call(
        api.GET('/audit', {
          params: {
            query: {
              entityType: filter.entityType,
              entityId: filter.entityId,
              action: filter.action,
              actorUserId: filter.actorUserId ? Number(filter.actorUserId) : undefined,
              from: filter.from ? beijingMidnight(filter.from) : undefined,
              // The API's `to` is exclusive: the day after the last day asked for.
              to: filter.to,
              page,
              pageSize: PAGE_SIZE,
            },
          },
        }),
      ),
    placeholderData: (previous) => previous,
  });

  const search = (values: FormValues) => {
    const next = new URLSearchParams();
    const [start, end] = values.range ?? [];
    const entries: Record<(typeof FILTERS)[number], string | undefined> = {
      entityType: values.entityType?.trim(),
      entityId: values.entityId?.trim(),
      action: values.action?.trim(),
      actorUserId: values.actorUserId ? String(values.actorUserId) : undefined,
      from: start ? start.format('YYYY-MM-DD') : undefined,
      to: end ? beijingMidnight(end.add(1, 'day').format('YYYY-MM-DD')) : undefined,
    };
    for (const [key, value] of Object.entries(entries)) if (value) next.set(key, value);
    setParams(next);
    setPage(1);
  };

  const columns: TableColumnsType<AuditRecord> = [
    { title: '时间', dataIndex: 'occurredAt', width: 150, render: (value: string) => formatDateTime(value) },
    {
      title: '操作',
      dataIndex: 'action',
      width: 220,
      render: (value: string) => (
        <div>
          <div>{ACTION_LABEL[value] ?? value}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {value}
          </Typography.Text>
        </div>
      ),
    },
    { title: '对象', key: 'entity', width: 170, render: (_, r) => `${ENTITY_TYPE_LABEL[r.entityType] ?? r.entityType} #${r.entityId}` },
    { title: '操作人', key: 'actor', width: 150, render: (_, r) => `${ACTOR_ROLE_LABEL[r.actorRole] ?? r.actorRole}${r.actorUserId !== null ? ` #${r.actorUserId}` : ''}` },
    { title: '理由', dataIndex: 'reason', ellipsis: true, render: (value: string | null) => value ?? <Typography.Text type="secondary">—</Typography.Text> },
  ];

  return (
    <>
      <Typography.Title level={2}>操作日志</Typography.Title>
      <Typography.Paragraph type="secondary">谁在什么时间做了什么、为什么。记录只增不改，任何人都不能修改或删除。点击一行左侧的“展开”查看修改前后的内容。</Typography.Paragraph>
      <Card style={{ marginBottom: 16 }}>
        <Form
          form={form}
          layout="vertical"
          onFinish={search}
          initialValues={{ entityType: filter.entityType, entityId: filter.entityId, action: filter.action, actorUserId: filter.actorUserId ? Number(filter.actorUserId) : null }}
        >
          <Flex wrap gap={16}>
            <Form.Item name="entityType" label="对象类型" style={{ marginBottom: 8, width: 200 }}>
              <AutoComplete
                allowClear
                placeholder="例如 报名"
                options={Object.entries(ENTITY_TYPE_LABEL).map(([value, label]) => ({ value, label: `${label}（${value}）` }))}
                filterOption={(input, option) => String(option?.label ?? '').toLowerCase().includes(input.toLowerCase())}
              />
            </Form.Item>
            <Form.Item name="entityId" label="对象编号" style={{ marginBottom: 8, width: 140 }}>
              <Input allowClear placeholder="例如 125" />
            </Form.Item>
            <Form.Item name="action" label="操作" style={{ marginBottom: 8, width: 260 }}>
              <AutoComplete
                allowClear
                placeholder="例如 更正成绩"
                options={Object.entries(ACTION_LABEL).map(([value, label]) => ({ value, label: `${label}（${value}）` }))}
                filterOption={(input, option) => String(option?.label ?? '').toLowerCase().includes(input.toLowerCase())}
              />
            </Form.Item>
            <Form.Item name="actorUserId" label="操作人账号编号" style={{ marginBottom: 8, width: 150 }}>
              <InputNumber min={1} style={{ width: '100%' }} placeholder="例如 1" />
            </Form.Item>
            <Form.Item name="range" label="日期（北京时间）" style={{ marginBottom: 8 }}>
              <DatePicker.RangePicker allowEmpty={[true, true]} placeholder={['开始日期', '结束日期']} />
            </Form.Item>
          </Flex>
          <Space>
            <Button type="primary" htmlType="submit">
              查询
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                form.setFieldsValue({ entityType: undefined, entityId: undefined, action: undefined, actorUserId: null, range: undefined });
                setParams(new URLSearchParams());
                setPage(1);
              }}
            >
              清除条件
            </Button>
          </Space>
        </Form>
      </Card>
      <ScoringErrorAlert error={audit.error} />
      <Card>
        <Table
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={audit.data?.items ?? []}
          loading={audit.isFetching}
          scroll={{ x: 900 }}
          expandable={{
            columnTitle: '详情',
            columnWidth: 72,
            expandedRowRender: (record) => <Changes record={record} />,
            expandIcon: ({ expanded, onExpand, record }) => (
              <Button type="link" size="small" aria-expanded={expanded} onClick={(event) => onExpand(record, event)} style={{ paddingInline: 0 }}>
                {expanded ? '收起' : '展开'}
              </Button>
            ),
          }}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: audit.data?.total ?? 0, onChange: setPage, showSizeChanger: false, showTotal: (total) => `共 ${total} 条` }}
          locale={{ emptyText: <EmptyText>没有符合条件的记录</EmptyText> }}
        />
      </Card>
    </>
  );
}
