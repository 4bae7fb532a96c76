import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Empty, Flex, Form, Grid, Row, Select, Space, Statistic, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api, call, download, type Schemas } from '../../../api/client';
import { EmptyText } from '../../../components/scoring-empty';
import { ScoringErrorAlert } from '../../../components/scoring-error-alert';
import { formatRate, SUBJECT_LABEL, SUBJECTS, type Subject } from '../../../components/scoring-labels';
import { organisationOptions, useOrganisations } from '../../../components/scoring-organisations';
import { SessionSelect, useChosenSession } from '../../../components/scoring-session-select';

type StatisticsLine = Schemas['StatisticsLineView'];
type SessionStatistics = Schemas['SessionStatistics'];

/** Bar colours with at least 3:1 contrast against white (WCAG 1.4.11), told apart by more than hue in the legend and table. */
const SUBJECT_COLOUR: Record<Subject, string> = { THEORY: '#0958d9', SKILLS: '#d46b08' };
const KIND_COLOUR = { FIRST: '#0958d9', RETAKE: '#7a3e9d' };
const KIND_LABEL: Record<StatisticsLine['kind'], string> = { FIRST: '首考', RETAKE: '补考', ALL: '合计' };

const percent = (rate: number | null): number | null => (rate === null ? null : Math.round(rate * 1000) / 10);
const tooltipValue = (value: unknown) => (typeof value === 'number' ? `${value.toFixed(1)}%` : '无人参考');

/** Per base: the pass rate of each subject (first attempts and retakes together). */
function baseRows(statistics: SessionStatistics) {
  const byBase = new Map<number, { base: string; THEORY: number | null; SKILLS: number | null }>();
  for (const line of statistics.lines) {
    if (line.kind !== 'ALL' || line.baseId === null) continue;
    const row = byBase.get(line.baseId) ?? { base: line.baseName ?? `基地 ${line.baseId}`, THEORY: null, SKILLS: null };
    row[line.subject] = percent(line.passRate);
    byBase.set(line.baseId, row);
  }
  return [...byBase.values()];
}

/** Per subject over every base shown: first attempts against retakes. */
function kindRows(statistics: SessionStatistics) {
  return SUBJECTS.filter((subject) => statistics.totals.some((t) => t.subject === subject)).map((subject) => {
    const of = (kind: StatisticsLine['kind']) => statistics.totals.find((t) => t.subject === subject && t.kind === kind);
    return { subject: SUBJECT_LABEL[subject], FIRST: percent(of('FIRST')?.passRate ?? null), RETAKE: percent(of('RETAKE')?.passRate ?? null) };
  });
}

function ChartFigure({ caption, description, height, children }: { caption: string; description: string; height: number; children: React.ReactElement }) {
  return (
    <figure style={{ margin: 0 }}>
      <figcaption>
        <Typography.Title level={3} style={{ fontSize: 16 }}>
          {caption}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {description}
        </Typography.Paragraph>
      </figcaption>
      <div style={{ width: '100%', height }} data-testid="chart">
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

/** Pass rates of a session's published results by base and subject, first attempts and retakes apart: charts, a table, exports. */
export default function StatisticsPage() {
  const { sessions, session, choose } = useChosenSession();
  const organisations = useOrganisations();
  const [baseId, setBaseId] = useState<number | undefined>();
  const phone = !Grid.useBreakpoint().md;
  const sessionId = session?.id;

  const statistics = useQuery({
    queryKey: ['statistics', sessionId, baseId],
    queryFn: () => call(api.GET('/sessions/{sessionId}/statistics', { params: { path: { sessionId: sessionId! }, query: { baseId } } })),
    enabled: sessionId !== undefined,
  });
  const exportFile = useMutation({
    mutationFn: (format: 'csv' | 'xlsx') =>
      format === 'csv'
        ? download(api.GET('/sessions/{sessionId}/statistics.csv', { params: { path: { sessionId: sessionId! }, query: { baseId } }, parseAs: 'blob' }), `统计-${session?.code ?? sessionId}.csv`)
        : download(api.GET('/sessions/{sessionId}/statistics.xlsx', { params: { path: { sessionId: sessionId! }, query: { baseId } }, parseAs: 'blob' }), `统计-${session?.code ?? sessionId}.xlsx`),
  });

  const data = statistics.data;
  const bases = data ? baseRows(data) : [];
  const kinds = data ? kindRows(data) : [];
  const tableRows: Array<StatisticsLine & { key: string }> = data
    ? [...data.lines, ...data.totals].map((line) => ({ ...line, key: `${line.baseId ?? 'all'}-${line.subject}-${line.kind}` }))
    : [];

  const columns: TableColumnsType<StatisticsLine> = [
    { title: '培训基地', dataIndex: 'baseName', width: 180, render: (value: string | null, line) => (line.baseId === null ? <Typography.Text strong>全部合计</Typography.Text> : value) },
    { title: '科目', dataIndex: 'subject', width: 130, render: (value: Subject) => SUBJECT_LABEL[value] },
    { title: '类别', dataIndex: 'kind', width: 70, render: (value: StatisticsLine['kind']) => KIND_LABEL[value] },
    { title: '考生', dataIndex: 'candidates', width: 70, align: 'right' },
    { title: '实考', dataIndex: 'sat', width: 70, align: 'right' },
    { title: '合格', dataIndex: 'passed', width: 70, align: 'right' },
    { title: '不合格', dataIndex: 'failed', width: 70, align: 'right' },
    { title: '缺考', dataIndex: 'absent', width: 70, align: 'right' },
    { title: '已取消', dataIndex: 'voided', width: 70, align: 'right' },
    { title: '合格率', dataIndex: 'passRate', width: 90, align: 'right', render: (value: number | null) => formatRate(value) },
  ];

  return (
    <>
      <Typography.Title level={2}>统计</Typography.Title>
      <Typography.Paragraph type="secondary">
        只统计已公布科目的成绩。合格率 = 合格 ÷ 实考（合格 + 不合格）；缺考和已取消的成绩不计入合格率。补考指同一科目在往年已有计入的成绩。
      </Typography.Paragraph>
      <ScoringErrorAlert error={sessions.error ?? statistics.error ?? exportFile.error} />
      <Form layout="vertical">
        <Flex wrap gap={16} align="end" style={{ marginBottom: 16 }}>
          <SessionSelect sessions={sessions.data ?? []} value={session?.id} onChange={choose} />
          <Form.Item label="培训基地" htmlFor="statistics-base" style={{ marginBottom: 0, flex: '1 1 220px', maxWidth: 320 }}>
            <Select
              id="statistics-base"
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder="全部基地"
              value={baseId}
              onChange={setBaseId}
              options={organisationOptions(organisations.data ?? [], ['BASE'])}
            />
          </Form.Item>
          <Space wrap>
            <Button onClick={() => exportFile.mutate('csv')} disabled={!sessionId} loading={exportFile.isPending && exportFile.variables === 'csv'}>
              导出 CSV
            </Button>
            <Button onClick={() => exportFile.mutate('xlsx')} disabled={!sessionId} loading={exportFile.isPending && exportFile.variables === 'xlsx'}>
              导出 Excel
            </Button>
          </Space>
        </Flex>
      </Form>

      {data && data.publishedSubjects.length === 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message="本批次还没有公布任何科目的成绩，暂无统计。"
          description="在“成绩发布与更正”中公布一个科目后，这里即按基地和科目统计合格率。"
        />
      )}
      {data && data.publishedSubjects.length > 0 && (
        <>
          <Typography.Paragraph>
            已公布：{data.publishedSubjects.map((s) => SUBJECT_LABEL[s]).join('、')}
            {data.publishedSubjects.length < SUBJECTS.length && '（未公布的科目不计入）'}
          </Typography.Paragraph>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            {data.totals
              .filter((t) => t.kind === 'ALL')
              .map((t) => (
                <Col key={t.subject} xs={24} md={12}>
                  <Card size="small" title={`${SUBJECT_LABEL[t.subject]}（全部）`}>
                    <Flex wrap gap={24}>
                      <Statistic title="合格率" value={formatRate(t.passRate)} />
                      <Statistic title="实考" value={t.sat} />
                      <Statistic title="合格" value={t.passed} />
                      <Statistic title="缺考" value={t.absent} />
                      <Statistic title="已取消" value={t.voided} />
                    </Flex>
                  </Card>
                </Col>
              ))}
          </Row>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={24} xl={14}>
              <Card size={phone ? 'small' : 'default'}>
                {bases.length === 0 ? (
                  <Empty description="没有基地数据" />
                ) : (
                  <ChartFigure caption="各基地合格率" description="每个基地各科目的合格率（首考与补考合计）；数值见下方统计表。" height={Math.max(220, bases.length * 56 + 70)}>
                    <BarChart data={bases} layout="vertical" margin={{ left: 8, right: 24 }}>
                      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                      <XAxis type="number" domain={[0, 100]} unit="%" tick={{ fill: '#434343', fontSize: 12 }} />
                      <YAxis type="category" dataKey="base" width={phone ? 96 : 140} tick={{ fill: '#262626', fontSize: 12 }} />
                      <Tooltip formatter={tooltipValue} />
                      <Legend itemSorter={null} />
                      {data.publishedSubjects.map((subject) => (
                        <Bar key={subject} dataKey={subject} name={SUBJECT_LABEL[subject]} fill={SUBJECT_COLOUR[subject]} isAnimationActive={false} />
                      ))}
                    </BarChart>
                  </ChartFigure>
                )}
              </Card>
            </Col>
            <Col xs={24} xl={10}>
              <Card size={phone ? 'small' : 'default'}>
                <ChartFigure caption="首考与补考合格率" description="全部基地合计，按科目分开；数值见下方统计表。" height={300}>
                  <BarChart data={kinds} margin={{ left: 0, right: 16 }}>
                    <CartesianGrid strokeDasharray="3 3" vertical={false} />
                    <XAxis dataKey="subject" tick={{ fill: '#262626', fontSize: 12 }} />
                    <YAxis domain={[0, 100]} unit="%" tick={{ fill: '#434343', fontSize: 12 }} />
                    <Tooltip formatter={tooltipValue} />
                    <Legend itemSorter={null} />
                    <Bar dataKey="FIRST" name="首考" fill={KIND_COLOUR.FIRST} isAnimationActive={false} />
                    <Bar dataKey="RETAKE" name="补考" fill={KIND_COLOUR.RETAKE} isAnimationActive={false} />
                  </BarChart>
                </ChartFigure>
              </Card>
            </Col>
          </Row>
        </>
      )}

      <Card title="统计表" size={phone ? 'small' : 'default'}>
        <Table
          rowKey="key"
          size="small"
          columns={columns}
          dataSource={tableRows}
          loading={statistics.isLoading}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{ emptyText: <EmptyText>暂无统计数据</EmptyText> }}
        />
      </Card>
    </>
  );
}
