import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { Button, Form, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, call, download, type Schemas } from '../../../api/client';
import { ErrorAlert } from '../../../components/error-alert';
import { ReadableTag } from '../../../components/readable-tag';
import { formatDateTime } from '../../../format/time';
import { serverPagination } from '../../reviewer/server-paging';
import { choicesText, LEVEL_LABEL, REVIEW_STATUS_LABEL, REVIEW_STATUS_TONE, REVIEW_STATUSES } from '../labels';
import { personColumns } from '../person-columns';
import { RoundSelect } from '../round-select';
import { levelOf, useRound, useRounds, useStaffRecruitment } from '../staff-context';
import { ExportButtons } from '../../../components/export-buttons';

type Row = Schemas['ApplicationListRow'];

interface Filters {
  roundId?: number;
  status?: Schemas['ReviewStatus'];
  applicantType?: Schemas['ApplicantType'];
  baseId?: number;
  page: number;
  pageSize: number;
}

/**
 * The applications in the staff member's scope, filtered and paged by the API: a base sees those that chose it, a
 * city commission its employers' applicants and its bases', the authority its whole jurisdiction.
 */
export function ApplicationListPage() {
  const { standing, root } = useStaffRecruitment();
  const navigate = useNavigate();
  const rounds = useRounds();
  const level = levelOf(standing);
  const [filters, setFilters] = useState<Filters>({ status: 'IN_REVIEW', page: 1, pageSize: 20 });
  // Only the authority and a city narrow to a base; a base is the API's own scope already.
  const offersBase = standing.kind !== 'BASE';
  const round = useRound(offersBase ? filters.roundId : undefined);
  const query = { ...filters };
  const list = useQuery({
    queryKey: ['recruitment-applications', query],
    queryFn: () => call(api.GET('/recruitment/applications', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  const exporting = useMutation({
    mutationFn: (format: 'csv' | 'xlsx') => {
      const { roundId, status, applicantType, baseId } = filters;
      return download(api.GET('/recruitment/applications/export', { params: { query: { roundId, status, applicantType, baseId, format } }, parseAs: 'blob' }), `招录报名名单.${format}`);
    },
  });
  const change = (next: Partial<Filters>) => setFilters({ ...filters, page: 1, ...next });

  const columns: TableColumnsType<Row> = [
    ...personColumns<Row>(),
    { title: '志愿', dataIndex: 'choices', render: (value: Row['choices'], row) => `${choicesText(value)}${row.acceptsAdjustment ? '（服从调剂）' : ''}` },
    ...(standing.kind === 'BASE' ? [] : [{ title: '单位所在市', dataIndex: 'employerCityName', render: (value: string | null) => value ?? '—' }]),
    {
      title: '状态',
      dataIndex: 'status',
      render: (_, row) => (
        <>
          <ReadableTag tone={REVIEW_STATUS_TONE[row.status]}>{REVIEW_STATUS_LABEL[row.status]}</ReadableTag>
          {row.status === 'IN_REVIEW' && row.nextReviewer && (
            <div style={{ fontSize: 12, color: row.nextReviewer === level ? '#003eb3' : '#595959', marginTop: 4 }}>
              {row.nextReviewer === level ? '待本级审核' : `待${LEVEL_LABEL[row.nextReviewer]}审核`}
            </div>
          )}
        </>
      ),
    },
    {
      title: '资格核验',
      dataIndex: 'eligible',
      render: (value: Row['eligible']) => (value === null ? '—' : value ? <ReadableTag tone="green">符合</ReadableTag> : <ReadableTag tone="red">不符合</ReadableTag>),
    },
    { title: '提交时间', dataIndex: 'submittedAt', render: (value: string | null) => formatDateTime(value), responsive: ['lg'] },
    {
      title: '操作',
      key: 'open',
      render: (_, row) => {
        const label = row.status === 'IN_REVIEW' && row.nextReviewer === level ? '查看与审核' : '查看';
        return (
          <Button type="link" style={{ padding: 0 }} onClick={() => void navigate(`${root}/applications/${row.id}`)} aria-label={`${label}：${row.name}`}>
            {label}
          </Button>
        );
      },
    },
  ];

  const page = list.data;
  return (
    <>
      <Typography.Title level={2}>{standing.kind === 'CITY' ? '招录报名' : '招录报名审核'}</Typography.Title>
      <Typography.Paragraph>
        {standing.kind === 'BASE' && '选择本基地的报名人。打开一条报名，对照资格核验结果和上传的材料，在本基地审核的环节通过、退回修改或不通过。'}
        {standing.kind === 'CITY' && '本市单位人和报考本市培训基地的报名人。审核链中有市卫生健康委一级时（如福建省的单位人），轮到本级时可以审核；其余只读。'}
        {standing.kind === 'AUTHORITY' && `${standing.jurisdictionName.zh}各招录计划的报名。轮到主管部门一级时可以审核。`}
      </Typography.Paragraph>
      <ErrorAlert error={rounds.error} />
      <Form layout="vertical" component="div">
        <Space wrap align="start" size={16}>
          <RoundSelect id="application-round" all rounds={rounds.data} value={filters.roundId} onChange={(roundId) => change({ roundId, baseId: undefined })} />
          <Form.Item label="审核状态" htmlFor="application-status">
            <Select<Schemas['ReviewStatus'] | 'all'>
              id="application-status"
              style={{ width: 160 }}
              value={filters.status ?? 'all'}
              onChange={(status) => change({ status: status === 'all' ? undefined : status })}
              options={[{ value: 'all', label: '全部状态' }, ...REVIEW_STATUSES.map((status) => ({ value: status, label: REVIEW_STATUS_LABEL[status] }))]}
            />
          </Form.Item>
          <Form.Item label="报名类型" htmlFor="application-type">
            <Select<Schemas['ApplicantType'] | 'all'>
              id="application-type"
              style={{ width: 140 }}
              value={filters.applicantType ?? 'all'}
              onChange={(type) => change({ applicantType: type === 'all' ? undefined : type })}
              options={[
                { value: 'all', label: '全部类型' },
                { value: 'EMPLOYED', label: '单位人' },
                { value: 'INDEPENDENT', label: '社会人' },
              ]}
            />
          </Form.Item>
          {offersBase && filters.roundId !== undefined && (
            <Form.Item label="培训基地" htmlFor="application-base">
              <Select<number | 'all'>
                id="application-base"
                style={{ width: 220 }}
                value={filters.baseId ?? 'all'}
                onChange={(baseId) => change({ baseId: baseId === 'all' ? undefined : baseId })}
                options={[{ value: 'all' as const, label: '全部基地' }, ...(round.data?.bases ?? []).map((b) => ({ value: b.baseId, label: b.name }))]}
                popupMatchSelectWidth={false}
              />
            </Form.Item>
          )}
        </Space>
      </Form>
      <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text>{page ? `共 ${page.total} 条` : ' '}</Typography.Text>
        <Space wrap>
          <ExportButtons exporting={exporting.isPending ? (exporting.variables ?? null) : null} onExport={(format) => exporting.mutate(format)} />
        </Space>
      </Space>
      <ErrorAlert error={list.error ?? exporting.error} />
      <Table<Row>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={page?.items ?? []}
        loading={list.isPending}
        locale={{ emptyText: '没有符合条件的报名' }}
        pagination={serverPagination(filters, (next) => setFilters({ ...filters, ...next }), page?.total ?? 0)}
        scroll={{ x: 'max-content' }}
      />
    </>
  );
}
