import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Descriptions, Flex, Popconfirm, Progress, Radio, Row, Space, Spin, Statistic, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, call, type Schemas } from '../../../api/client';
import { ApiError } from '../../../api/errors';
import { EmptyText } from '../../../components/scoring-empty';
import { ScoringErrorAlert } from '../../../components/scoring-error-alert';
import { SUBJECT_LABEL, type Subject } from '../../../components/scoring-labels';
import { ToneTag } from '../../../components/scoring-tag';
import { formatDateTime } from '../../../format/time';
import { ResultStateText } from './result-state';
import {
  describeFile,
  formatBytes,
  isBusy,
  ROW_ERROR_LABEL,
  ROW_OUTCOME_LABEL,
  ROW_OUTCOME_TONE,
  ROW_OUTCOMES,
  STATUS_LABEL,
  STATUS_TONE,
  type RowErrorCode,
  type RowOutcome,
  type ScoreImportView,
} from './score-import-labels';

type ReportRow = Schemas['ReportRow'];
const POLL_MS = 1000;
const PAGE_SIZE = 20;
/** A link inside a sentence is told apart by more than its colour (WCAG 1.4.1). */
const INLINE_LINK: React.CSSProperties = { textDecoration: 'underline' };
/** Read out, not shown: the arrow between a changed row's two results says it to the eye only. */
const SCREEN_READER_ONLY: React.CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' };

/**
 * Processed / total while the worker previews or commits a large file. The API counts rows as it goes only
 * part of the way (a preview reports them when done; a commit per block of rows, starting from the preview's
 * count), so a bar is shown only while the count is really between none and all.
 */
function WorkerProgress({ view }: { view: ScoreImportView }) {
  const total = view.totalRows;
  const committing = view.status === 'COMMITTING';
  const counting = total !== null && total > 0 && view.processedRows > 0 && view.processedRows < total;
  const verb = committing ? '写入' : '校验';
  let line: string;
  if (total === null) line = '正在读取文件…';
  else if (counting) line = `已${verb} ${view.processedRows} / ${total} 行`;
  else line = `共 ${total} 行，正在${verb}…`;
  return (
    <Card style={{ marginBottom: 16 }}>
      <div role="status" aria-live="polite">
        <Space>
          {!counting && <Spin size="small" />}
          <Typography.Text strong>
            {committing ? '正在后台写入成绩' : '正在后台逐行校验文件'}：{line}
          </Typography.Text>
        </Space>
      </div>
      {counting && <Progress percent={Math.floor((view.processedRows / total) * 100)} status="active" aria-label={`${verb}进度`} />}
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0, marginTop: 8 }}>
        {committing
          ? '全部写入或全部不写：完成前成绩不会部分生效。可以离开此页，稍后在“成绩导入”的导入记录中查看结果。'
          : '文件较大，由后台逐行校验。本页每秒自动更新，完成后显示每一行的预览。'}
      </Typography.Paragraph>
    </Card>
  );
}

/** What happened to this import and what to do next, in one sentence. */
function StatusAlert({ view }: { view: ScoreImportView }) {
  const again = `/centre/scores?session=${view.sessionId}&subject=${view.subject}`;
  switch (view.status) {
    case 'PREVIEWING':
    case 'COMMITTING':
      return null;
    case 'PREVIEWED':
      if (view.canCommit) {
        const writes = (view.summary?.NEW ?? 0) + (view.summary?.CHANGED ?? 0);
        return (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            message={writes > 0 ? `预览完成，没有错误行。提交后将写入 ${writes} 条成绩。` : '预览完成，没有错误行；文件中的成绩与现有成绩完全相同，提交不会改变任何成绩。'}
            description="请核对下方的新增和变更，确认无误后点击“提交导入”。"
          />
        );
      }
      return (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message={`文件中有 ${view.summary?.ERROR ?? 0} 行错误，不能提交。`}
          description={
            <>
              提交时全部写入或全部不写，所以有错误行时不能提交。请选择“错误”查看每一行的原因，在原文件中改正后
              <Link to={again} style={INLINE_LINK}>
                重新上传
              </Link>
              。
            </>
          }
        />
      );
    case 'COMMITTED':
      return (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          message={`已于 ${formatDateTime(view.committedAt)} 导入。`}
          description="成绩已写入，但考生要等该科目在“成绩发布与更正”中公布后才能看到。"
        />
      );
    case 'FAILED':
    case 'STALE':
      return (
        <>
          {view.error ? (
            <Alert
              type="error"
              showIcon
              role="alert"
              style={{ marginBottom: 16 }}
              message={view.error.message.zh}
              description={
                <>
                  <div>
                    {view.status === 'STALE'
                      ? '预览之后本科目的考生名单或成绩发生了变化，这次导入没有写入任何成绩。'
                      : '这次导入没有写入任何成绩。'}
                    请
                    <Link to={again} style={INLINE_LINK}>
                      重新上传
                    </Link>
                    文件，核对新的预览后再提交。
                  </div>
                  <span style={{ fontSize: 12, color: '#595959' }}>错误代码：{view.error.code}</span>
                </>
              }
            />
          ) : (
            <Alert type="error" showIcon style={{ marginBottom: 16 }} message="这次导入没有完成，没有写入任何成绩。" description={<Link to={again}>重新上传</Link>} />
          )}
        </>
      );
  }
}

function Summary({ view }: { view: ScoreImportView }) {
  const s = view.summary;
  if (!s) return null;
  const errors = Object.entries(s.errorsByCode).filter(([, n]) => (n ?? 0) > 0) as Array<[RowErrorCode, number]>;
  return (
    <Card title="预览汇总" style={{ marginBottom: 16 }}>
      <Row gutter={[16, 16]}>
        {[
          ['总行数', s.totalRows],
          ['新增', s.NEW],
          ['变更', s.CHANGED],
          ['无变化', s.UNCHANGED],
          ['错误', s.ERROR],
        ].map(([title, value]) => (
          <Col key={title} xs={12} sm={8} md={4}>
            <Statistic title={title} value={value} valueStyle={title === '错误' && s.ERROR > 0 ? { color: '#a8071a' } : undefined} />
          </Col>
        ))}
      </Row>
      {errors.length > 0 && (
        <div style={{ marginTop: 12 }}>
          <Typography.Text>错误原因：</Typography.Text>
          {errors.map(([code, n]) => (
            <ToneTag key={code} tone="red">
              {ROW_ERROR_LABEL[code] ?? code} {n} 行
            </ToneTag>
          ))}
        </div>
      )}
      {s.missingFromFile > 0 && view.status === 'PREVIEWED' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          message={`本科目有 ${s.missingFromFile} 名审核通过的考生不在这个文件中。`}
          description="导入不会为他们写入任何成绩（缺考也须写入文件）。公布前请补齐，否则公布时需要确认并填写理由。"
        />
      )}
    </Card>
  );
}

function RowResult({ row, subject }: { row: ReportRow; subject: Subject }) {
  if (row.outcome === 'ERROR' && row.error) {
    return (
      <div>
        <Typography.Text style={{ color: '#a8071a' }}>{row.error.message.zh}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
          {ROW_ERROR_LABEL[row.error.code] ?? ''}（{row.error.code}）
        </Typography.Text>
      </div>
    );
  }
  if (row.outcome === 'CHANGED' && row.before && row.after) {
    return (
      <Flex wrap gap={8} align="center">
        <div>
          <span style={SCREEN_READER_ONLY}>原成绩</span>
          <ResultStateText state={row.before} subject={subject} />
        </div>
        <span aria-hidden>→</span>
        <div>
          <span style={SCREEN_READER_ONLY}>新成绩</span>
          <ResultStateText state={row.after} subject={subject} />
        </div>
      </Flex>
    );
  }
  const state = row.after ?? row.before;
  return state ? <ResultStateText state={state} subject={subject} /> : <>—</>;
}

/** One import: live progress while the worker has it, the preview row by row, and the commit. */
export default function ScoreImportDetailPage() {
  const importId = Number(useParams().importId);
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<RowOutcome | 'ALL'>('ALL');
  const [page, setPage] = useState(1);

  const detail = useQuery({
    queryKey: ['score-import', importId],
    queryFn: () => call(api.GET('/score-imports/{importId}', { params: { path: { importId } } })),
    enabled: Number.isInteger(importId) && importId > 0,
    refetchInterval: (query) => (query.state.data && isBusy(query.state.data.status) ? POLL_MS : false),
  });
  const view = detail.data;
  const hasReport = view !== undefined && view.summary !== null;

  const rows = useQuery({
    queryKey: ['score-import-rows', importId, outcome, page],
    queryFn: () =>
      call(
        api.GET('/score-imports/{importId}/rows', {
          params: { path: { importId }, query: { outcome: outcome === 'ALL' ? undefined : outcome, page, pageSize: PAGE_SIZE } },
        }),
      ),
    enabled: hasReport,
    placeholderData: (previous) => previous,
  });

  const commit = useMutation({
    mutationFn: () => call(api.POST('/score-imports/{importId}/commit', { params: { path: { importId } } })),
    onSuccess: (next) => {
      // 201: committed in the request; 202: COMMITTING, and the query polls until the worker is done.
      queryClient.setQueryData(['score-import', importId], next);
      void queryClient.invalidateQueries({ queryKey: ['score-imports', next.sessionId] });
    },
    onError: () => void detail.refetch(),
  });

  if (detail.error) {
    return (
      <>
        <Typography.Title level={2}>成绩导入预览</Typography.Title>
        <ScoringErrorAlert error={detail.error} />
        <Link to="/centre/scores">返回成绩导入</Link>
      </>
    );
  }
  if (!view) return <Typography.Title level={2}>成绩导入预览</Typography.Title>;

  const s = view.summary;
  // A refusal the import itself now records (STALE, FAILED) is said once, by the status above.
  const commitRefusal = commit.error instanceof ApiError && view.error?.code === commit.error.code ? null : commit.error;
  const columns: TableColumnsType<ReportRow> = [
    { title: '行号', dataIndex: 'rowNumber', width: 64, align: 'right' },
    { title: '姓名', dataIndex: 'name', width: 110 },
    { title: '证件号码', dataIndex: 'idNumberMasked', width: 190, render: (value: string | null) => value ?? '—' },
    {
      title: '预览结果',
      dataIndex: 'outcome',
      width: 96,
      render: (value: RowOutcome) => <ToneTag tone={ROW_OUTCOME_TONE[value]}>{ROW_OUTCOME_LABEL[value]}</ToneTag>,
    },
    { title: '成绩（变更为 原成绩 → 新成绩）或错误原因', key: 'result', render: (_, row) => <RowResult row={row} subject={view.subject} /> },
  ];
  const countOf = (o: RowOutcome | 'ALL') => (s ? (o === 'ALL' ? s.totalRows : s[o]) : 0);

  return (
    <>
      <Flex wrap justify="space-between" align="baseline" gap={8}>
        <Typography.Title level={2}>成绩导入预览</Typography.Title>
        <Link to={`/centre/scores?session=${view.sessionId}&subject=${view.subject}`}>返回成绩导入</Link>
      </Flex>

      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            { key: 'file', label: '文件', children: <Typography.Text style={{ wordBreak: 'break-all' }}>{view.fileName}</Typography.Text> },
            { key: 'subject', label: '科目', children: SUBJECT_LABEL[view.subject] },
            { key: 'status', label: '状态', children: <ToneTag tone={STATUS_TONE[view.status]}>{STATUS_LABEL[view.status]}</ToneTag> },
            { key: 'created', label: '上传时间', children: formatDateTime(view.createdAt) },
            { key: 'size', label: '大小与格式', children: [formatBytes(view.fileBytes), describeFile(view)].filter(Boolean).join('，') },
            { key: 'sha', label: '文件校验值（SHA-256）', children: <Typography.Text code title={view.fileSha256}>{view.fileSha256.slice(0, 16)}…</Typography.Text> },
          ]}
        />
      </Card>

      {isBusy(view.status) && <WorkerProgress view={view} />}
      <StatusAlert view={view} />
      <ScoringErrorAlert error={commitRefusal} />

      {view.status === 'PREVIEWED' && view.canCommit && (
        <Space wrap style={{ marginBottom: 16 }}>
          <Popconfirm
            title="提交导入"
            description={`将写入新增 ${s?.NEW ?? 0} 条、变更 ${s?.CHANGED ?? 0} 条成绩；全部写入或全部不写。确定提交吗？`}
            okText="提交"
            cancelText="再看看"
            onConfirm={() => commit.mutate()}
          >
            <Button type="primary" loading={commit.isPending}>
              提交导入
            </Button>
          </Popconfirm>
          <Typography.Text type="secondary">提交后成绩写入，但要公布后考生才能看到。</Typography.Text>
        </Space>
      )}

      <Summary view={view} />

      {hasReport && (
        <Card title="逐行预览">
          <Radio.Group
            aria-label="按预览结果筛选"
            optionType="button"
            value={outcome}
            onChange={(event) => {
              setOutcome(event.target.value as RowOutcome | 'ALL');
              setPage(1);
            }}
            options={(['ALL', ...ROW_OUTCOMES] as const).map((o) => ({ value: o, label: `${o === 'ALL' ? '全部' : ROW_OUTCOME_LABEL[o]}（${countOf(o)}）` }))}
            style={{ marginBottom: 12 }}
          />
          <ScoringErrorAlert error={rows.error} />
          <Table
            rowKey="rowNumber"
            size="middle"
            columns={columns}
            dataSource={rows.data?.items ?? []}
            loading={rows.isFetching}
            scroll={{ x: 800 }}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: rows.data?.total ?? 0, onChange: setPage, showSizeChanger: false, showTotal: (total) => `共 ${total} 行` }}
            locale={{ emptyText: <EmptyText>{outcome === 'ALL' ? '没有数据行' : `没有“${ROW_OUTCOME_LABEL[outcome]}”的行`}</EmptyText> }}
          />
        </Card>
      )}
    </>
  );
}
