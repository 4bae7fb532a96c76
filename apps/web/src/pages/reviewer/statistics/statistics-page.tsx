import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Col, Form, Row, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { api, call, download, type Schemas } from '../../../api/client';
import { ErrorAlert } from '../../../components/error-alert';
import { emptyText } from '../empty-text';
import { ATTEMPT_KIND, SUBJECT_LABEL, subjectsText } from '../labels';
import { defaultSession, useSessions } from '../reviewer-context';
import { isRoleRefusal, ListRefusal } from '../scope-notice';
import { SessionSelect } from '../session-select';

type Line = Schemas['StatisticsLineView'];

function rate(value: number | null): string {
  return value === null ? '—' : `${(value * 100).toFixed(2)}%`;
}

const COLUMNS: TableColumnsType<Line & { key: string }> = [
  { title: '培训基地', dataIndex: 'baseName', render: (value: string | null) => value ?? '全部基地', fixed: 'left' },
  { title: '科目', dataIndex: 'subject', render: (value: Line['subject']) => SUBJECT_LABEL[value] },
  { title: '类别', dataIndex: 'kind', render: (value: Line['kind']) => ATTEMPT_KIND[value] },
  { title: '考生人数', dataIndex: 'candidates', align: 'right' },
  { title: '实考', dataIndex: 'sat', align: 'right' },
  { title: '合格', dataIndex: 'passed', align: 'right' },
  { title: '不合格', dataIndex: 'failed', align: 'right' },
  { title: '缺考', dataIndex: 'absent', align: 'right' },
  { title: '成绩取消', dataIndex: 'voided', align: 'right' },
  { title: '合格率', dataIndex: 'passRate', render: rate, align: 'right' },
];

const keyed = (lines: Line[], prefix: string) => lines.map((line) => ({ ...line, key: `${prefix}-${line.baseId ?? 'all'}-${line.subject}-${line.kind}` }));

/** Pass rates of one session by base and subject, as a table (the centre's page has the charts). */
export function StatisticsPage() {
  const sessions = useSessions();
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  const sessionId = chosen ?? defaultSession(sessions.data)?.id;
  const statistics = useQuery({
    queryKey: ['statistics', sessionId],
    queryFn: () => call(api.GET('/sessions/{sessionId}/statistics', { params: { path: { sessionId: sessionId! } } })),
    enabled: sessionId !== undefined,
  });
  const exporting = useMutation({
    mutationFn: ({ id, format }: { id: number; format: 'csv' | 'xlsx' }) =>
      format === 'csv'
        ? download(api.GET('/sessions/{sessionId}/statistics.csv', { params: { path: { sessionId: id } }, parseAs: 'blob' }), `统计-${id}.csv`)
        : download(api.GET('/sessions/{sessionId}/statistics.xlsx', { params: { path: { sessionId: id } }, parseAs: 'blob' }), `统计-${id}.xlsx`),
  });
  const data = statistics.data;

  const heading = (
    <>
      <Typography.Title level={2}>统计</Typography.Title>
      <Typography.Paragraph>各培训基地的考生人数、实考、合格与合格率，首次参加与再次参加分开统计。只统计已发布的成绩。</Typography.Paragraph>
    </>
  );
  if (isRoleRefusal(statistics.error)) {
    return (
      <>
        {heading}
        <ListRefusal error={statistics.error} what="考核统计" />
      </>
    );
  }
  return (
    <>
      {heading}
      <ErrorAlert error={sessions.error} />
      <Form layout="vertical" component="div">
        <Row gutter={16}>
          <Col xs={24} sm={16} lg={10}>
            <Form.Item label="考核批次" htmlFor="statistics-session">
              <SessionSelect id="statistics-session" sessions={sessions.data} value={sessionId} onChange={(value) => typeof value === 'number' && setChosen(value)} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      <ErrorAlert error={statistics.error ?? exporting.error} />
      {data && (
        <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
          {data.publishedSubjects.length > 0 ? (
            <Typography.Text>已发布成绩的科目：{subjectsText(data.publishedSubjects)}</Typography.Text>
          ) : (
            <Alert type="info" showIcon message="本批次成绩尚未发布，发布后这里才有统计。" />
          )}
          <Space wrap>
            <Button disabled={sessionId === undefined} loading={exporting.isPending && exporting.variables?.format === 'xlsx'} onClick={() => sessionId !== undefined && exporting.mutate({ id: sessionId, format: 'xlsx' })}>
              导出 Excel
            </Button>
            <Button disabled={sessionId === undefined} loading={exporting.isPending && exporting.variables?.format === 'csv'} onClick={() => sessionId !== undefined && exporting.mutate({ id: sessionId, format: 'csv' })}>
              导出 CSV
            </Button>
          </Space>
        </Space>
      )}
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        按培训基地
      </Typography.Title>
      <Table size="small" columns={COLUMNS} dataSource={keyed(data?.lines ?? [], 'line')} loading={statistics.isPending && statistics.fetchStatus !== 'idle'} scroll={{ x: 'max-content' }} pagination={false} locale={{ emptyText: emptyText('暂无统计') }} />
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 24 }}>
        合计
      </Typography.Title>
      <Table size="small" columns={COLUMNS} dataSource={keyed(data?.totals ?? [], 'total')} scroll={{ x: 'max-content' }} pagination={false} locale={{ emptyText: emptyText('暂无统计') }} />
    </>
  );
}
