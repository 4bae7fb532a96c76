import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Col, Form, Input, Row, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, call, download, type Schemas } from '../../../api/client';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDate, formatDateTime } from '../../../format/time';
import { emptyText } from '../empty-text';
import { SIGNUP_STATUS_TONE, SIGNUP_STATUS_SHORT, SIGNUP_STATUSES, subjectsText } from '../labels';
import { basesInScope, defaultSession, isReviewOpen, organisationName, useOrganisations, useReviewer, useSessions } from '../reviewer-context';
import { SessionSelect } from '../session-select';
import { StatusTag } from '../status-tag';
import { BulkApprove } from './bulk-approve';
import { PAGE_SIZES, readFilters, toQuery, withoutPaging, writeFilters, type SignupFilters } from './signup-filters';
import { SignupDrawer } from './signup-drawer';
import { ExportButtons } from '../../../components/export-buttons';

type Row = Schemas['SignupListRow'];

/**
 * The review queue of a base (审核) or, read-only, the sign-ups of a city's bases: filtered and paged by the
 * API (a base may have thousands), each opened beside the candidate's photo and the verdict rule by rule.
 */
export function SignupListPage() {
  const reviewer = useReviewer();
  const sessions = useSessions();
  const organisations = useOrganisations();
  const [params, setParams] = useSearchParams();
  const fallbackSession = defaultSession(sessions.data)?.id;
  const bases = basesInScope(reviewer, organisations.data);
  const filters = readFilters(params, { session: fallbackSession, status: reviewer.readOnly ? 'all' : 'SUBMITTED', allowBase: reviewer.readOnly });
  const query = toQuery(filters);
  const session = sessions.data?.find((s) => s.id === filters.session);
  const [nameInput, setNameInput] = useState(filters.name);
  const [open, setOpen] = useState<Row | null>(null);
  // The box follows the address when it changes (back, forward, a shared link), and the typing otherwise.
  const [appliedName, setAppliedName] = useState(filters.name);
  if (appliedName !== filters.name) {
    setAppliedName(filters.name);
    setNameInput(filters.name);
  }

  const list = useQuery({
    queryKey: ['signups', query],
    queryFn: () => call(api.GET('/signups', { params: { query } })),
    // Until the sessions are known, the default session is too.
    enabled: sessions.isSuccess || sessions.isError,
    placeholderData: keepPreviousData,
  });
  const exporting = useMutation({
    mutationFn: (format: 'csv' | 'xlsx') => download(api.GET('/signups/export', { params: { query: { ...withoutPaging(query), format } }, parseAs: 'blob' }), `报名名单${query.sessionId ? `-${query.sessionId}` : ''}.${format}`),
  });

  const change = (next: Partial<SignupFilters>) => setParams(writeFilters({ ...filters, page: 1, ...next }));

  const columns: TableColumnsType<Row> = [
    {
      title: '姓名',
      dataIndex: 'name',
      render: (_, row) => (
        <>
          <Button type="link" style={{ padding: 0, height: 'auto' }} onClick={() => setOpen(row)}>
            {row.name}
          </Button>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {row.idNumberMasked}
            </Typography.Text>
          </div>
        </>
      ),
    },
    ...(reviewer.readOnly ? [{ title: '培训基地', dataIndex: 'baseName', responsive: ['md' as const] }] : []),
    { title: '年级', dataIndex: 'cohort', responsive: ['lg'] },
    { title: '结束轮转', dataIndex: 'rotationEndDate', render: (value: string) => formatDate(value), responsive: ['md'] },
    { title: '报考科目', dataIndex: 'subjects', render: (value: Row['subjects']) => subjectsText(value), responsive: ['lg'] },
    {
      title: '状态',
      dataIndex: 'status',
      render: (_, row) => (
        <>
          <StatusTag tone={SIGNUP_STATUS_TONE[row.status]}>{SIGNUP_STATUS_SHORT[row.status]}</StatusTag>
          {row.lastReason && (
            <div style={{ fontSize: 12, color: '#595959', marginTop: 4 }}>意见：{row.lastReason}</div>
          )}
        </>
      ),
    },
    {
      title: '资格核验',
      dataIndex: 'eligible',
      render: (value: Row['eligible']) => (value === null ? '—' : value ? <StatusTag tone="success">符合</StatusTag> : <StatusTag tone="error">不符合</StatusTag>),
    },
    { title: '提交时间', dataIndex: 'submittedAt', render: (value: string | null) => formatDateTime(value), responsive: ['xl'] },
    {
      title: '操作',
      key: 'open',
      // On a phone the name opens the sign-up; the column would only push the table wider.
      responsive: ['md'],
      render: (_, row) => {
        const label = !reviewer.readOnly && row.status === 'SUBMITTED' ? '查看与审核' : '查看';
        return (
          <Button type="link" style={{ padding: 0 }} onClick={() => setOpen(row)} aria-label={`${label}：${row.name}`}>
            {label}
          </Button>
        );
      },
    },
  ];

  const page = list.data;
  // Decisions move sign-ups out of the filter: a page past the end goes back to the last one there is.
  const lastPage = page ? Math.max(1, Math.ceil(page.total / filters.pageSize)) : 1;
  const pastTheEnd = !!page && page.items.length === 0 && filters.page > lastPage;
  useEffect(() => {
    if (pastTheEnd) setParams(writeFilters({ ...filters, page: lastPage }), { replace: true });
  }, [pastTheEnd, lastPage, filters, setParams]);
  // After a decision the drawer offers the next sign-up still waiting on this page.
  const nextRow = reviewer.readOnly ? undefined : page?.items.find((r) => r.status === 'SUBMITTED' && r.id !== open?.id);
  return (
    <>
      <Typography.Title level={2}>{reviewer.readOnly ? '报名情况' : '报名审核'}</Typography.Title>
      <Typography.Paragraph>
        {reviewer.readOnly
          ? `${organisationName(organisations.data, reviewer.organisationId) || '本市'}各培训基地考生的报名情况（只读，审核由培训基地和省中心进行）。`
          : `${organisationName(organisations.data, reviewer.organisationId) || '本基地'}考生的报名。打开一条报名，对照照片和资格核验结果逐条审核：通过、退回修改或不通过。`}
        {session && ` 本批次资格审核时间：${formatDateTime(session.reviewWindow.opensAt)} 至 ${formatDateTime(session.reviewWindow.closesAt)}。`}
      </Typography.Paragraph>
      {!reviewer.readOnly && session && !isReviewOpen(session) && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message="现在不在本批次的资格审核时间内：可以查看，审核操作会被拒绝。" />
      )}
      <ErrorAlert error={sessions.error ?? organisations.error} />
      <Form layout="vertical" component="div">
        <Row gutter={16}>
          <Col xs={24} sm={12} lg={reviewer.readOnly ? 6 : 8}>
            <Form.Item label="考核批次" htmlFor="signup-session">
              <SessionSelect id="signup-session" all sessions={sessions.data} value={filters.session} onChange={(session) => change({ session })} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={reviewer.readOnly ? 5 : 6}>
            <Form.Item label="报名状态" htmlFor="signup-status">
              <Select
                id="signup-status"
                value={filters.status}
                onChange={(status) => change({ status })}
                options={[{ value: 'all', label: '全部状态' }, ...SIGNUP_STATUSES.map((status) => ({ value: status, label: SIGNUP_STATUS_SHORT[status] }))]}
              />
            </Form.Item>
          </Col>
          <Col xs={reviewer.readOnly ? 12 : 24} sm={12} lg={4}>
            <Form.Item label="报考科目" htmlFor="signup-subject">
              <Select
                id="signup-subject"
                value={filters.subject}
                onChange={(subject) => change({ subject })}
                options={[
                  { value: 'all', label: '全部科目' },
                  { value: 'THEORY', label: '专业理论考试' },
                  { value: 'SKILLS', label: '临床实践技能考核' },
                ]}
              />
            </Form.Item>
          </Col>
          {reviewer.readOnly && (
            <Col xs={12} sm={12} lg={4}>
              <Form.Item label="培训基地" htmlFor="signup-base">
                <Select
                  id="signup-base"
                  value={filters.baseId ?? 'all'}
                  onChange={(value: number | 'all') => change({ baseId: value === 'all' ? undefined : value })}
                  options={[{ value: 'all', label: '全部基地' }, ...bases.map((b) => ({ value: b.id, label: b.name }))]}
                  popupMatchSelectWidth={false}
                />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} sm={12} lg={reviewer.readOnly ? 5 : 6}>
            <Form.Item label="姓名" htmlFor="signup-name" extra="输入姓名中的字即可">
              <Input.Search id="signup-name" value={nameInput} maxLength={50} allowClear enterButton="查找" onChange={(event) => setNameInput(event.target.value)} onSearch={(value) => change({ name: value.trim() })} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text>
          {page ? `共 ${page.total} 条` : ' '}
          {list.isFetching && !list.isPending ? '（正在更新）' : ''}
        </Typography.Text>
        <Space wrap>
          {!reviewer.readOnly && <BulkApprove rows={page?.items ?? []} query={query} total={page?.total ?? 0} />}
          <ExportButtons exporting={exporting.isPending ? (exporting.variables ?? null) : null} onExport={(format) => exporting.mutate(format)} />
        </Space>
      </Space>
      <ErrorAlert error={list.error ?? exporting.error} />
      <Table<Row>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={page?.items ?? []}
        loading={list.isPending && list.fetchStatus !== 'idle'}
        locale={{ emptyText: emptyText(filters.name || filters.status !== 'all' || filters.subject !== 'all' ? '没有符合筛选条件的报名，可放宽筛选条件再试' : '暂无报名') }}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: page?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES,
          showTotal: (total) => `共 ${total} 条`,
          onChange: (current, pageSize) => setParams(writeFilters({ ...filters, page: pageSize === filters.pageSize ? current : 1, pageSize })),
        }}
      />
      <SignupDrawer
        row={open}
        session={sessions.data?.find((s) => s.id === open?.sessionId)}
        readOnly={reviewer.readOnly}
        next={nextRow}
        onOpen={setOpen}
        onClose={() => setOpen(null)}
      />
    </>
  );
}
