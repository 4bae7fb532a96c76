import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Input, Radio, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDate, formatDateTime } from '../../../format/time';
import { subjectLabel } from '../sessions/labels';
import { useBases } from '../sessions/organisations';
import { SessionPicker, useChosenSession } from '../sessions/session-picker';
import { EmptyNote, ToneTag } from '../sessions/tone-tag';
import { useNow } from '../sessions/use-now';
import { SignupDrawer } from './signup-drawer';
import { PageTitle } from '../sessions/page-title';

type Row = Schemas['SignupListRow'];

const NOTE = { color: '#595959', fontSize: 12 };
type Status = Schemas['SignupStatus'];

const FILTERS: Array<{ value: Status | 'ALL'; label: string }> = [
  { value: 'BASE_APPROVED', label: '待复审' },
  { value: 'APPROVED', label: '已通过' },
  { value: 'REJECTED', label: '未通过' },
  { value: 'CANCELLED', label: '已取消' },
  { value: 'ALL', label: '全部' },
];

/**
 * FA-9: the centre's re-review queue — sign-ups their base approved, waiting for the centre (server paging), and
 * the ones already decided; each opens with its photo and verdict for approve, reject or cancel.
 */
export default function SignupReviewPage() {
  const chosen = useChosenSession();
  const session = chosen.session;
  const [status, setStatus] = useState<Status | 'ALL'>('BASE_APPROVED');
  const [name, setName] = useState('');
  const [baseId, setBaseId] = useState<number | undefined>(undefined);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [open, setOpen] = useState<Row | null>(null);
  const bases = useBases();

  const query = { sessionId: session?.id, status: status === 'ALL' ? undefined : status, name: name || undefined, baseId, page, pageSize };
  const list = useQuery({
    queryKey: ['centre-signups', query],
    queryFn: () => call(api.GET('/signups', { params: { query } })),
    enabled: session !== undefined,
    placeholderData: keepPreviousData,
  });
  const now = useNow();
  const reviewClosed = session ? now >= new Date(session.reviewWindow.closesAt).getTime() : false;
  const reviewNotOpen = session ? now < new Date(session.reviewWindow.opensAt).getTime() : false;

  return (
    <>
      <PageTitle>报名复审</PageTitle>
      <SessionPicker chosen={chosen} />
      {session && (
        <Alert
          type={reviewClosed || reviewNotOpen ? 'warning' : 'info'}
          showIcon
          message={
            reviewClosed
              ? `审核时间已于 ${formatDateTime(session.reviewWindow.closesAt)} 结束：不能再复审通过或不通过，仍可取消信息不实的报名。`
              : reviewNotOpen
                ? `审核时间 ${formatDateTime(session.reviewWindow.opensAt)} 开始，之前不能复审。`
                : `审核时间至 ${formatDateTime(session.reviewWindow.closesAt)} 截止。基地审核通过的报名在此复审；只有复审通过的考生才能获得准考证和成绩。`
          }
          style={{ marginBottom: 16 }}
        />
      )}
      <Space wrap style={{ marginBottom: 16 }}>
        <Radio.Group
          aria-label="按状态筛选"
          optionType="button"
          value={status}
          onChange={(event) => {
            setStatus(event.target.value as Status | 'ALL');
            setPage(1);
          }}
          options={FILTERS}
        />
        <Input.Search
          aria-label="按姓名查找"
          placeholder="姓名"
          allowClear
          onSearch={(value) => {
            setName(value.trim());
            setPage(1);
          }}
          style={{ width: 200 }}
        />
        <Select
          aria-label="按培训基地筛选"
          placeholder="全部培训基地"
          allowClear
          showSearch
          optionFilterProp="label"
          value={baseId}
          onChange={(value: number | undefined) => {
            setBaseId(value);
            setPage(1);
          }}
          options={bases.data?.map((b) => ({ value: b.id, label: b.name }))}
          style={{ width: 220 }}
        />
      </Space>
      <ErrorAlert error={list.error} />
      <Table<Row>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 1020 }}
        locale={{ emptyText: <EmptyNote>{status === 'BASE_APPROVED' ? '没有等待复审的报名' : '没有符合条件的报名'}</EmptyNote> }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => `共 ${total} 条`,
          onChange: (nextPage, nextSize) => {
            setPage(nextSize === pageSize ? nextPage : 1);
            setPageSize(nextSize);
          },
        }}
        columns={[
          {
            title: '考生',
            key: 'name',
            render: (_, row) => (
              <>
                <Button type="link" style={{ padding: 0, height: 'auto' }} onClick={() => setOpen(row)}>
                  {row.name}
                </Button>
                <div style={NOTE}>{row.idNumberMasked}</div>
              </>
            ),
          },
          {
            title: '培训基地',
            key: 'base',
            render: (_, row) => (
              <>
                {row.baseName}
                <div style={NOTE}>{row.cityName}</div>
              </>
            ),
          },
          {
            title: '年级与结束轮转',
            key: 'rotation',
            render: (_, row) => (
              <>
                {row.cohort} 级<div style={{ ...NOTE, whiteSpace: 'nowrap' }}>{formatDate(row.rotationEndDate)} 结束轮转</div>
              </>
            ),
          },
          { title: '报考科目', key: 'subjects', render: (_, row) => row.subjects.map((subject) => <div key={subject} style={{ whiteSpace: 'nowrap' }}>{subjectLabel(subject)}</div>) },
          {
            title: '资格核验',
            key: 'eligible',
            width: 100,
            render: (_, row) => (row.eligible === null ? '—' : <ToneTag tone={row.eligible ? 'green' : 'red'}>{row.eligible ? '符合' : '不符合'}</ToneTag>),
          },
          {
            title: '状态',
            key: 'status',
            width: 170,
            render: (_, row) => (
              <>
                {row.statusLabel}
                {row.lastReason && <div style={NOTE}>理由：{row.lastReason}</div>}
              </>
            ),
          },
          { title: '提交时间', key: 'submitted', width: 110, render: (_, row) => formatDateTime(row.submittedAt) },
          {
            title: '操作',
            key: 'actions',
            render: (_, row) => (
              <Button size="small" onClick={() => setOpen(row)} aria-label={`${row.status === 'BASE_APPROVED' ? '复审' : '查看'}：${row.name}`}>
                {row.status === 'BASE_APPROVED' ? '复审' : '查看'}
              </Button>
            ),
          },
        ]}
      />
      <SignupDrawer row={open} reviewClosed={reviewClosed} onClose={() => setOpen(null)} />
    </>
  );
}
