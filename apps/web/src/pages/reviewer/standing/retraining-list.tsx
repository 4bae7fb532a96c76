import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Form, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client';
import { formatDate } from '../../../format/time';
import { emptyText } from '../empty-text';
import { RETRAINING_STATE, subjectsText } from '../labels';
import { useReviewer } from '../reviewer-context';
import { isRoleRefusal, ListRefusal } from '../scope-notice';
import { baseColumns } from './base-column';
import { StatusTag } from '../status-tag';
import { serverPagination } from '../server-paging';

type Row = Schemas['RetrainingListRow'];
type State = Schemas['RetrainingState'];

/** SC-7/FA-3: who must still pass what, in which years, by when; most urgent first (the API's order). */
export function RetrainingList() {
  const [state, setState] = useState<State | 'open'>('open');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const query = { ...paging, ...(state !== 'open' ? { state } : {}) };
  const list = useQuery({ queryKey: ['standing', 'retraining', query], queryFn: () => call(api.GET('/standing/retraining', { params: { query } })), placeholderData: keepPreviousData });

  const { readOnly } = useReviewer();
  const columns: TableColumnsType<Row> = [
    {
      title: '姓名',
      dataIndex: 'name',
      render: (_, row) => (
        <>
          <div>{row.name}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.idNumberMasked}
          </Typography.Text>
        </>
      ),
    },
    ...baseColumns<Row>(readOnly),
    { title: '年级', dataIndex: 'cohort', responsive: ['lg'] },
    { title: '结束轮转', dataIndex: 'rotationEndDate', render: (value: string) => formatDate(value), responsive: ['md'] },
    { title: '情况', dataIndex: 'state', render: (value: State) => <StatusTag tone={RETRAINING_STATE[value].colour}>{RETRAINING_STATE[value].text}</StatusTag> },
    { title: '尚需通过', dataIndex: 'remainingSubjects', render: (value: Row['remainingSubjects']) => subjectsText(value) },
    { title: '还可参加', dataIndex: 'remainingYears', render: (value: number[]) => (value.length ? value.map((y) => `${y} 年`).join('、') : '—'), responsive: ['md'] },
    { title: '截止日期', dataIndex: 'deadline', render: (value: string) => formatDate(value), responsive: ['sm'] },
    { title: '说明', dataIndex: 'explanation', render: (value: Row['explanation']) => <div style={{ maxWidth: 'min(420px, 55vw)', whiteSpace: 'normal' }}>{value.zh}</div>, responsive: ['lg'] },
  ];

  if (isRoleRefusal(list.error)) return <ListRefusal error={list.error} what="补考与重新培训名单" />;
  return (
    <>
      <Typography.Paragraph>
        结束轮转后三年内须通过两个科目；每年一次、不设补考。逾期未通过的，须自费重新参加培训后才能再报名。
        {list.data && ` 按 ${formatDate(list.data.today)}（北京时间）计算。`}
      </Typography.Paragraph>
      <Form layout="inline" component="div" style={{ marginBottom: 12 }}>
        <Form.Item label="情况" htmlFor="retraining-state">
          <Select
            id="retraining-state"
            value={state}
            style={{ minWidth: 200 }}
            onChange={(value) => {
              setState(value);
              setPaging((p) => ({ ...p, page: 1 }));
            }}
            options={[
              { value: 'open', label: '尚未全部通过（全部）' },
              { value: 'LAST_YEAR', label: '最后一年' },
              { value: 'RETRAINING_REQUIRED', label: '须自费重新培训' },
              { value: 'IN_TIME', label: '期限内' },
              { value: 'CERTIFICATE_READY', label: '已全部通过' },
            ]}
          />
        </Form.Item>
      </Form>
      {list.error ? (
        <ListRefusal error={list.error} what="补考与重新培训名单" />
      ) : (
        <Table<Row>
          rowKey="traineeId"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isPending}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: emptyText('没有符合条件的学员') }}
          pagination={serverPagination(paging, setPaging, list.data?.total ?? 0)}
        />
      )}
    </>
  );
}
