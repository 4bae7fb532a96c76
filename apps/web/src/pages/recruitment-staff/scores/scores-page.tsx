import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, InputNumber, Radio, Space, Table, Typography, Upload, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client';
import { ErrorAlert } from '../../../components/error-alert';
import { ReadableTag } from '../../../components/readable-tag';
import { serverPagination, type Paging } from '../../reviewer/server-paging';
import { ADMISSION_ROUND_LABEL, APPLICANT_TYPE_LABEL, ASSESSMENT_ROUNDS, choicesText, SCORE_PROBLEM_LABEL } from '../labels';
import { chosenRound, RoundSelect } from '../round-select';
import { useRounds, useStaffRecruitment } from '../staff-context';

type Row = Schemas['ApplicationListRow'];
type Report = Schemas['RankingImportReport'];
type ReportRow = Schemas['ScoreRowReport'];
type ChoiceRound = Schemas['AssessmentRound'];

/**
 * The scores admission ranks by: a base enters its assessment score per choice round (BASE_ASSESSMENT rounds), the
 * authority the centre ranking score (CENTRE_RANKING rounds) — one at a time, or a file checked row by row first
 * and then written all or none.
 */
export function ScoresPage() {
  const { standing } = useStaffRecruitment();
  const { message } = App.useApp();
  const base = standing.kind === 'BASE';
  const rounds = useRounds();
  const [askedRound, setAskedRound] = useState<number>();
  const roundId = chosenRound(rounds.data, askedRound);
  const [choiceRound, setChoiceRound] = useState<ChoiceRound>('FIRST');
  const [paging, setPaging] = useState<Paging>({ page: 1, pageSize: 20 });
  const [drafts, setDrafts] = useState<Record<number, number | null>>({});
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<Report | null>(null);

  const query = { roundId, status: 'APPROVED' as const, ...paging };
  const applicants = useQuery({
    queryKey: ['recruitment-applications', query],
    queryFn: () => call(api.GET('/recruitment/applications', { params: { query } })),
    enabled: roundId !== undefined,
    placeholderData: keepPreviousData,
  });

  const save = useMutation({
    mutationFn: ({ applicationId, score }: { applicationId: number; score: number }) =>
      base
        ? call(api.PUT('/recruitment/rounds/{roundId}/assessment-scores/{choiceRound}/{applicationId}', { params: { path: { roundId: roundId!, choiceRound, applicationId } }, body: { score } }))
        : call(api.PUT('/recruitment/rounds/{roundId}/ranking-scores/{applicationId}', { params: { path: { roundId: roundId!, applicationId } }, body: { score } })),
    onSuccess: (saved) => void message.success(`已保存成绩 ${saved.score}`),
  });

  const upload = useMutation({
    mutationFn: ({ chosen, commit }: { chosen: File; commit: boolean }) => {
      const form = new FormData();
      form.append('file', chosen);
      const common = { body: {} as never, bodySerializer: () => form };
      return base
        ? call(api.POST('/recruitment/rounds/{roundId}/assessment-scores/{choiceRound}/import', { params: { path: { roundId: roundId!, choiceRound }, query: { commit } }, ...common }))
        : call(api.POST('/recruitment/rounds/{roundId}/ranking-scores/import', { params: { path: { roundId: roundId! }, query: { commit } }, ...common }));
    },
    onSuccess: (answer) => {
      setReport(answer);
      if (answer.committed) void message.success(`已导入 ${answer.totalRows} 行成绩`);
    },
  });

  const reset = () => {
    setReport(null);
    setFile(null);
    upload.reset();
    save.reset();
  };

  const columns: TableColumnsType<Row> = [
    { title: '姓名', dataIndex: 'name' },
    { title: '证件号码', dataIndex: 'idMasked' },
    { title: '类型', dataIndex: 'applicantType', render: (value: Row['applicantType']) => APPLICANT_TYPE_LABEL[value] },
    { title: '志愿', dataIndex: 'choices', render: (value: Row['choices']) => choicesText(value) },
    {
      title: '成绩',
      key: 'score',
      render: (_, row) => (
        <Space>
          <InputNumber
            aria-label={`${row.name}的成绩`}
            min={0}
            max={999.99}
            precision={2}
            step={0.5}
            value={drafts[row.id] ?? null}
            onChange={(value) => setDrafts({ ...drafts, [row.id]: value })}
          />
          <Button
            disabled={drafts[row.id] === undefined || drafts[row.id] === null}
            loading={save.isPending && save.variables?.applicationId === row.id}
            onClick={() => save.mutate({ applicationId: row.id, score: drafts[row.id]! })}
            aria-label={`保存成绩：${row.name}`}
          >
            保存成绩
          </Button>
        </Space>
      ),
    },
  ];

  const reportColumns: TableColumnsType<ReportRow> = [
    { title: '行号', dataIndex: 'rowNumber', width: 70 },
    { title: '姓名', dataIndex: 'name' },
    { title: '证件号码', dataIndex: 'idMasked', render: (value: string | null) => value ?? '—' },
    { title: '成绩', dataIndex: 'score', render: (value: number | null) => value ?? '—' },
    {
      title: '检查结果',
      key: 'problem',
      render: (_, row) =>
        row.problem ? (
          <>
            <ReadableTag tone="red">{SCORE_PROBLEM_LABEL[row.problem]}</ReadableTag>
            {row.message && <div style={{ fontSize: 12, color: '#595959', marginTop: 4 }}>{row.message}</div>}
          </>
        ) : (
          <ReadableTag tone="green">可以导入</ReadableTag>
        ),
    },
  ];

  return (
    <>
      <Typography.Title level={2}>{base ? '招录考核成绩' : '招录排名成绩'}</Typography.Title>
      <Typography.Paragraph>
        {base
          ? '录取按本基地对报考者的考核成绩排序（由基地考核的招录计划）。按志愿轮次逐个录入，或导入成绩文件：文件先逐行检查，全部无误后才能提交。'
          : '集中排名的招录计划按主管部门的排名成绩录取。逐个录入，或导入成绩文件：文件先逐行检查，全部无误后才能提交。'}
      </Typography.Paragraph>
      <ErrorAlert error={rounds.error} />
      <Form layout="vertical" component="div">
        <Space wrap align="start" size={16}>
          <RoundSelect
            id="score-round"
            rounds={rounds.data}
            value={roundId}
            onChange={(id) => {
              setAskedRound(id);
              setPaging({ ...paging, page: 1 });
              reset();
            }}
          />
          {base && (
            <Form.Item label="志愿轮次">
              <Radio.Group
                value={choiceRound}
                onChange={(event) => {
                  setChoiceRound(event.target.value as ChoiceRound);
                  reset();
                }}
                optionType="button"
                options={ASSESSMENT_ROUNDS.map((round) => ({ value: round, label: ADMISSION_ROUND_LABEL[round] }))}
                aria-label="志愿轮次"
              />
            </Form.Item>
          )}
        </Space>
      </Form>
      <Card title="导入成绩文件" style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">文件列：证件号码、姓名、成绩（CSV 支持 UTF-8 或 GBK 编码，或 Excel .xlsx）。每行一名本招录计划审核通过的报名人。</Typography.Paragraph>
        <Space wrap>
          <Upload
            accept=".csv,.xlsx"
            maxCount={1}
            showUploadList={false}
            beforeUpload={(chosen) => {
              setFile(chosen);
              setReport(null);
              upload.reset();
              return false;
            }}
          >
            <Button>选择文件</Button>
          </Upload>
          <Typography.Text>{file ? file.name : '未选择文件'}</Typography.Text>
          <Button type="primary" disabled={!file || roundId === undefined} loading={upload.isPending && !upload.variables?.commit} onClick={() => file && upload.mutate({ chosen: file, commit: false })}>
            上传并检查
          </Button>
        </Space>
        <ErrorAlert error={upload.error} style={{ marginTop: 16 }} />
        {report && (
          <div style={{ marginTop: 16 }}>
            {report.committed ? (
              <Alert type="success" showIcon message={`已导入 ${report.totalRows} 行成绩。`} style={{ marginBottom: 12 }} />
            ) : report.errorRows > 0 ? (
              <Alert type="error" showIcon role="alert" message={`文件共 ${report.totalRows} 行，其中 ${report.errorRows} 行有错误，不能提交。`} description="请按下表修改文件后重新上传。" style={{ marginBottom: 12 }} />
            ) : (
              <Alert
                type="info"
                showIcon
                message={`文件共 ${report.totalRows} 行，检查无误。`}
                action={
                  <Button type="primary" loading={upload.isPending && upload.variables?.commit} onClick={() => file && upload.mutate({ chosen: file, commit: true })}>
                    提交导入
                  </Button>
                }
                style={{ marginBottom: 12 }}
              />
            )}
            <Table<ReportRow>
              rowKey="rowNumber"
              size="small"
              columns={reportColumns}
              dataSource={report.errorRows > 0 && !report.committed ? report.rows.filter((r) => r.problem !== null) : report.rows}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              caption={report.errorRows > 0 && !report.committed ? '有错误的行' : '文件中的行'}
            />
          </div>
        )}
      </Card>
      <Card title="逐个录入">
        <ErrorAlert error={applicants.error ?? save.error} />
        <Table<Row>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={applicants.data?.items ?? []}
          loading={applicants.isFetching && applicants.isPending && roundId !== undefined}
          locale={{ emptyText: '本招录计划还没有审核通过的报名人' }}
          pagination={serverPagination(paging, setPaging, applicants.data?.total ?? 0)}
          scroll={{ x: 'max-content' }}
        />
      </Card>
    </>
  );
}
