import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, InputNumber, Radio, Space, Table, Typography, Upload, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client';
import { ErrorAlert } from '../../../components/error-alert';
import { ReadableTag } from '../../../components/readable-tag';
import { serverPagination, type Paging } from '../../reviewer/server-paging';
import { ADMISSION_ROUND_LABEL, APPLICANT_TYPE_LABEL, ASSESSMENT_ROUNDS, choicesText, SCORE_PROBLEM_LABEL } from '../labels';
import { chosenRound, RoundSelect } from '../round-select';
import { useRounds, useStaffRecruitment } from '../staff-context';

type Row = Schemas['StoredScoreRow'];
type Report = Schemas['RankingImportReport'];
type ReportRow = Schemas['ScoreRowReport'];
type ChoiceRound = Schemas['AssessmentRound'];

/**
 * The scores admission ranks by: a base enters its assessment score per choice round (BASE_ASSESSMENT rounds), the
 * authority the centre ranking score (CENTRE_RANKING rounds) — one at a time, or a file checked row by row first
 * and then written all or none. The list is the API's list of whom this scorer may score, each with the score
 * stored so far, so a field shows what was entered or imported before.
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

  const queryClient = useQueryClient();
  const scoresKey = ['recruitment-scores', roundId, base ? choiceRound : 'RANKING'] as const;
  const applicants = useQuery({
    queryKey: [...scoresKey, paging],
    queryFn: () =>
      base
        ? call(api.GET('/recruitment/rounds/{roundId}/assessment-scores/{choiceRound}', { params: { path: { roundId: roundId!, choiceRound }, query: paging } }))
        : call(api.GET('/recruitment/rounds/{roundId}/ranking-scores', { params: { path: { roundId: roundId! }, query: paging } })),
    enabled: roundId !== undefined,
    placeholderData: keepPreviousData,
  });
  // The stored scores changed: read them again, and let the fields show them rather than what was typed.
  const reload = () => void queryClient.invalidateQueries({ queryKey: scoresKey });

  const save = useMutation({
    mutationFn: ({ applicationId, score }: { applicationId: number; score: number }) =>
      base
        ? call(api.PUT('/recruitment/rounds/{roundId}/assessment-scores/{choiceRound}/{applicationId}', { params: { path: { roundId: roundId!, choiceRound, applicationId } }, body: { score } }))
        : call(api.PUT('/recruitment/rounds/{roundId}/ranking-scores/{applicationId}', { params: { path: { roundId: roundId!, applicationId } }, body: { score } })),
    onSuccess: (saved) => {
      setDrafts((current) => Object.fromEntries(Object.entries(current).filter(([id]) => Number(id) !== saved.applicationId)));
      reload();
      void message.success(`已保存成绩 ${saved.score}`);
    },
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
      if (answer.committed) {
        setDrafts({});
        reload();
        void message.success(`已导入 ${answer.totalRows} 行成绩`);
      }
    },
  });

  const reset = () => {
    setReport(null);
    setFile(null);
    setDrafts({});
    upload.reset();
    save.reset();
  };
  /** What the field shows: what is being typed, else the stored score. */
  const shown = (row: Row): number | null => (row.applicationId in drafts ? drafts[row.applicationId] : row.score);

  const columns: TableColumnsType<Row> = [
    { title: '姓名', dataIndex: 'name' },
    { title: '证件号码', dataIndex: 'idMasked' },
    { title: '类型', dataIndex: 'applicantType', render: (value: Row['applicantType']) => APPLICANT_TYPE_LABEL[value] },
    { title: '志愿', dataIndex: 'choices', render: (value: Row['choices']) => choicesText(value) },
    {
      title: '成绩',
      key: 'score',
      render: (_, row) => {
        const value = shown(row);
        const changed = value !== null && value !== row.score;
        return (
          <Space>
            <InputNumber
              aria-label={`${row.name}的成绩`}
              min={0}
              max={999.99}
              precision={2}
              step={0.5}
              value={value}
              onChange={(typed) => setDrafts({ ...drafts, [row.applicationId]: typed })}
            />
            <Button
              disabled={!changed}
              loading={save.isPending && save.variables?.applicationId === row.applicationId}
              onClick={() => value !== null && save.mutate({ applicationId: row.applicationId, score: value })}
              aria-label={`保存成绩：${row.name}`}
            >
              保存成绩
            </Button>
            {changed ? (
              <ReadableTag tone="gold">未保存</ReadableTag>
            ) : row.score === null ? (
              <ReadableTag tone="grey">未录入</ReadableTag>
            ) : (
              <ReadableTag tone="green">已录入</ReadableTag>
            )}
          </Space>
        );
      },
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
                  setPaging({ ...paging, page: 1 });
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
      <Card title={base ? `逐个录入（${ADMISSION_ROUND_LABEL[choiceRound]}）` : '逐个录入'}>
        <Typography.Paragraph type="secondary">
          {base
            ? choiceRound === 'ADJUSTMENT'
              ? '调剂轮次列出审核通过且服从调剂的报名人；已录入或导入的成绩显示在输入框中，修改后保存即可更正。'
              : `列出审核通过、${ADMISSION_ROUND_LABEL[choiceRound]}填报本基地的报名人；已录入或导入的成绩显示在输入框中，修改后保存即可更正。`
            : '列出本招录计划审核通过的报名人；已录入或导入的排名成绩显示在输入框中，修改后保存即可更正。'}
        </Typography.Paragraph>
        <ErrorAlert error={applicants.error ?? save.error} />
        <Table<Row>
          rowKey="applicationId"
          size="middle"
          columns={columns}
          dataSource={applicants.data?.items ?? []}
          loading={applicants.isFetching && applicants.isPending && roundId !== undefined}
          locale={{ emptyText: base ? `本轮次没有需要本基地录入成绩的报名人` : '本招录计划还没有审核通过的报名人' }}
          pagination={serverPagination(paging, setPaging, applicants.data?.total ?? 0)}
          scroll={{ x: 'max-content' }}
        />
      </Card>
    </>
  );
}
