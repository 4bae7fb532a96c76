import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Card, Form, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { api, call, download, type Schemas } from '../../../api/client';
import { ErrorAlert } from '../../../components/error-alert';
import { ReadableTag } from '../../../components/readable-tag';
import { formatDateTime } from '../../../format/time';
import { ADMISSION_ROUND_LABEL, NOTICE_STATUS_LABEL, PLACEMENT_STATUS_LABEL, PLACEMENT_STATUS_TONE } from '../labels';
import { personColumns } from '../person-columns';
import { chosenRound, RoundSelect } from '../round-select';
import { useRounds, useStaffRecruitment } from '../staff-context';
import { PlacementActions } from './placement-actions';

type Placement = Schemas['PlacementView'];
type ReturnRow = Schemas['ReturnView']['rows'][number];
type Totals = Schemas['ReturnView']['totals'][number];

/**
 * The admitted places of a round: a base records who reported and who did not (and why); the return (报到情况汇总)
 * and the admission list (录取名单) download as spreadsheets. The authority sees every base's.
 */
export function PlacementsPage() {
  const { standing } = useStaffRecruitment();
  const base = standing.kind === 'BASE';
  const rounds = useRounds();
  const [askedRound, setAskedRound] = useState<number>();
  const roundId = chosenRound(rounds.data, askedRound);
  const placements = useQuery({
    queryKey: ['recruitment-placements', roundId],
    queryFn: () => call(api.GET('/recruitment/rounds/{roundId}/placements', { params: { path: { roundId: roundId! } } })),
    enabled: roundId !== undefined,
  });
  const returns = useQuery({
    queryKey: ['recruitment-returns', roundId],
    queryFn: () => call(api.GET('/recruitment/rounds/{roundId}/returns', { params: { path: { roundId: roundId! } } })),
    enabled: roundId !== undefined,
  });
  const exporting = useMutation({
    mutationFn: ({ what, format }: { what: 'placements' | 'returns'; format: 'csv' | 'xlsx' }) =>
      what === 'placements'
        ? download(api.GET('/recruitment/rounds/{roundId}/placements/export', { params: { path: { roundId: roundId! }, query: { format } }, parseAs: 'blob' }), `录取名单.${format}`)
        : download(api.GET('/recruitment/rounds/{roundId}/returns/export', { params: { path: { roundId: roundId! }, query: { format } }, parseAs: 'blob' }), `报到情况汇总.${format}`),
  });
  const exportButton = (what: 'placements' | 'returns', format: 'csv' | 'xlsx', label: string) => (
    <Button disabled={roundId === undefined} loading={exporting.isPending && exporting.variables?.what === what && exporting.variables.format === format} onClick={() => exporting.mutate({ what, format })}>
      {label}
    </Button>
  );

  const columns: TableColumnsType<Placement> = [
    ...personColumns<Placement>(),
    ...(base ? [] : [{ title: '培训基地', dataIndex: 'baseName' }]),
    { title: '录取方式', dataIndex: 'admittedBy', render: (value: Placement['admittedBy']) => ADMISSION_ROUND_LABEL[value] },
    {
      title: '报到情况',
      dataIndex: 'status',
      render: (_, row) => (
        <>
          <ReadableTag tone={PLACEMENT_STATUS_TONE[row.status]}>{PLACEMENT_STATUS_LABEL[row.status]}</ReadableTag>
          {row.reportedOn && <div style={{ fontSize: 12, marginTop: 4 }}>报到日期：{row.reportedOn}</div>}
          {row.noShowReason && <div style={{ fontSize: 12, color: '#595959', marginTop: 4 }}>原因：{row.noShowReason}{row.noShowByDeadline ? '（逾期未报到）' : ''}</div>}
        </>
      ),
    },
    { title: '录取通知书', dataIndex: 'noticeStatus', render: (value: Placement['noticeStatus']) => NOTICE_STATUS_LABEL[value] },
    ...(base ? [{ title: '操作', key: 'actions', render: (_: unknown, row: Placement) => (row.status === 'ADMITTED' && roundId !== undefined ? <PlacementActions roundId={roundId} placement={row} /> : '—') }] : []),
  ];

  return (
    <>
      <Typography.Title level={2}>{base ? '招录报到' : '报到与录取名单'}</Typography.Title>
      <Typography.Paragraph>
        {base ? '本基地录取的学员：登记报到日期（培训自该日开始），或登记未报到及原因。报到情况汇总表含未报到名单及原因。' : `${standing.jurisdictionName.zh}各培训基地的录取与报到情况。`}
      </Typography.Paragraph>
      <ErrorAlert error={rounds.error} />
      <Form layout="vertical" component="div">
        <RoundSelect id="placement-round" rounds={rounds.data} value={roundId} onChange={setAskedRound} />
      </Form>
      <ErrorAlert error={exporting.error} />
      <Card
        title={`录取名单（${placements.data?.length ?? 0} 人）`}
        extra={
          <Space wrap>
            {exportButton('placements', 'xlsx', '导出 Excel')}
            {exportButton('placements', 'csv', '导出 CSV')}
          </Space>
        }
        style={{ marginBottom: 16 }}
      >
        <ErrorAlert error={placements.error} />
        <Table<Placement> rowKey="applicationId" size="middle" columns={columns} dataSource={placements.data ?? []} loading={placements.isLoading} locale={{ emptyText: '本招录计划还没有录取结果' }} pagination={{ pageSize: 50, hideOnSinglePage: true }} scroll={{ x: 'max-content' }} />
      </Card>
      <Card
        title="报到情况汇总"
        extra={
          <Space wrap>
            {exportButton('returns', 'xlsx', '导出汇总 Excel')}
            {exportButton('returns', 'csv', '导出汇总 CSV')}
          </Space>
        }
      >
        <ErrorAlert error={returns.error} />
        {returns.data && (
          <>
            <Typography.Paragraph>上报截止：{returns.data.returnDeadline ? `${formatDateTime(returns.data.returnDeadline)}（北京时间）` : '本招录计划未规定'}</Typography.Paragraph>
            <Table<Totals>
              rowKey="base"
              size="small"
              pagination={false}
              style={{ marginBottom: 16 }}
              dataSource={returns.data.totals}
              caption="各基地合计"
              columns={[
                { title: '培训基地', dataIndex: 'base' },
                { title: '录取', dataIndex: 'admitted' },
                { title: '已报到', dataIndex: 'reported' },
                { title: '未报到', dataIndex: 'noShows' },
                { title: '待报到', dataIndex: 'pending' },
              ]}
            />
            <Table<ReturnRow>
              rowKey="applicationId"
              size="small"
              caption="逐人情况"
              dataSource={returns.data.rows}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              columns={[
                { title: '姓名', dataIndex: 'name' },
                { title: '类型', dataIndex: 'applicantType' },
                { title: '培训基地', dataIndex: 'base' },
                { title: '情况', dataIndex: 'status' },
                { title: '报到日期', dataIndex: 'reportedOn', render: (value: string | null) => value ?? '—' },
                { title: '未报到原因', dataIndex: 'reason', render: (value: string | null) => value ?? '—' },
              ]}
            />
          </>
        )}
      </Card>
    </>
  );
}
