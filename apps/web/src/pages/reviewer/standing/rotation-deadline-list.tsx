import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Col, Form, Row, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client';
import { formatDate, formatDateTime } from '../../../format/time';
import { emptyText } from '../empty-text';
import { ROTATION_DEADLINE_STATUS, subjectsText } from '../labels';
import { defaultSession, useSessions } from '../reviewer-context';
import { useReviewer } from '../reviewer-context';
import { isRoleRefusal, ListRefusal } from '../scope-notice';
import { baseColumns } from './base-column';
import { SessionSelect } from '../session-select';
import { StatusTag } from '../status-tag';
import { serverPagination } from '../server-paging';

type Line = Schemas['RotationDeadlineRow'];
type Status = Schemas['RotationDeadlineStatus'];

/** SC-5: before the cutoff, who sat the session and risks cancellation; after it, whose results were cancelled. */
export function RotationDeadlineList() {
  const sessions = useSessions();
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  const sessionId = chosen ?? defaultSession(sessions.data)?.id;
  const [status, setStatus] = useState<Status | 'all'>('all');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const query = { ...paging, ...(status !== 'all' ? { status } : {}) };
  const report = useQuery({
    queryKey: ['standing', 'rotation-deadline', sessionId, query],
    queryFn: () => call(api.GET('/sessions/{sessionId}/rotation-deadline', { params: { path: { sessionId: sessionId! }, query } })),
    enabled: sessionId !== undefined,
    placeholderData: keepPreviousData,
  });
  const data = report.data;
  const applied = !!data?.appliedAt;

  const { readOnly } = useReviewer();
  const columns: TableColumnsType<Line> = [
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
    ...baseColumns<Line>(readOnly),
    { title: '结束轮转时间', dataIndex: 'rotationEndDate', render: (value: string) => formatDate(value) },
    { title: '过程考核', dataIndex: 'processAssessmentPassed', render: (value: boolean) => (value ? '合格' : <StatusTag tone="error">未合格</StatusTag>), responsive: ['md'] },
    { title: '本次参加科目', dataIndex: 'subjects', render: (value: Line['subjects']) => subjectsText(value), responsive: ['lg'] },
    { title: '情况', dataIndex: 'status', render: (value: Status) => <StatusTag tone={ROTATION_DEADLINE_STATUS[value].colour}>{ROTATION_DEADLINE_STATUS[value].text}</StatusTag> },
    {
      title: '说明',
      key: 'explanation',
      render: (_, row) => (
        <div style={{ maxWidth: 'min(420px, 55vw)', whiteSpace: 'normal' }}>
          {row.explanation.zh}
          {row.cancellationReason && <div style={{ color: '#a8071a' }}>取消原因：{row.cancellationReason}</div>}
        </div>
      ),
    },
  ];

  if (isRoleRefusal(report.error)) return <ListRefusal error={report.error} what="轮转截止核对名单" />;
  return (
    <>
      <Typography.Paragraph>参加本批次考核的学员须在轮转截止日期前结束轮转并通过过程考核，否则本批次成绩取消。</Typography.Paragraph>
      <Form layout="vertical" component="div">
        <Row gutter={16}>
          <Col xs={24} sm={14} lg={10}>
            <Form.Item label="考核批次" htmlFor="rotation-session">
              <SessionSelect
                id="rotation-session"
                sessions={sessions.data}
                value={sessionId}
                onChange={(value) => {
                  if (typeof value === 'number') setChosen(value);
                  setPaging((p) => ({ ...p, page: 1 }));
                }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={10} lg={6}>
            <Form.Item label="情况" htmlFor="rotation-status">
              <Select
                id="rotation-status"
                value={status}
                onChange={(value) => {
                  setStatus(value);
                  setPaging((p) => ({ ...p, page: 1 }));
                }}
                options={[
                  { value: 'all', label: '全部' },
                  ...(applied
                    ? [
                        { value: 'CANCELLED', label: ROTATION_DEADLINE_STATUS.CANCELLED.text },
                        { value: 'KEPT', label: ROTATION_DEADLINE_STATUS.KEPT.text },
                      ]
                    : [
                        { value: 'AT_RISK', label: ROTATION_DEADLINE_STATUS.AT_RISK.text },
                        { value: 'ON_TRACK', label: ROTATION_DEADLINE_STATUS.ON_TRACK.text },
                      ]),
                ]}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {data && (
        <Alert
          type={applied ? (data.counts.CANCELLED > 0 ? 'warning' : 'success') : data.counts.AT_RISK > 0 ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 12 }}
          message={
            applied
              ? `轮转截止日期 ${formatDate(data.rotationCutoff)} 已过，已于 ${formatDateTime(data.appliedAt)} 核对：成绩取消 ${data.counts.CANCELLED} 人，保留 ${data.counts.KEPT} 人。`
              : `轮转截止日期 ${formatDate(data.rotationCutoff)}（按 ${formatDate(data.today)} 的数据）：有取消风险 ${data.counts.AT_RISK} 人，按期结束 ${data.counts.ON_TRACK} 人。`
          }
          description={!applied && data.counts.AT_RISK > 0 ? '请督促有风险的学员按期结束轮转并完成过程考核，并及时更新名册。' : undefined}
        />
      )}
      {report.error ? (
        <ListRefusal error={report.error} what="轮转截止核对名单" />
      ) : (
        <Table<Line>
          rowKey="traineeId"
          size="middle"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={report.isPending && report.fetchStatus !== 'idle'}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: emptyText('本批次没有需要核对的学员') }}
          pagination={serverPagination(paging, setPaging, data?.total ?? 0)}
        />
      )}
    </>
  );
}
