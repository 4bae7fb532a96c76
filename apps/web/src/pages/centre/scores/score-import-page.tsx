import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Collapse, Flex, Form, Radio, Space, Table, Typography, Upload, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, call } from '../../../api/client';
import { EmptyText } from '../../../components/scoring-empty';
import { ScoringErrorAlert } from '../../../components/scoring-error-alert';
import { SUBJECT_LABEL, SUBJECTS, type Subject } from '../../../components/scoring-labels';
import { SessionSelect, useChosenSession } from '../../../components/scoring-session-select';
import { ToneTag } from '../../../components/scoring-tag';
import { formatDateTime } from '../../../format/time';
import { STATUS_LABEL, STATUS_TONE, type ScoreImportView } from './score-import-labels';

/** What a score file must look like, as the API reads it (its OpenAPI description of the upload). */
function FileFormat() {
  return (
    <Collapse
      size="small"
      items={[
        {
          key: 'format',
          label: '文件格式说明（表头、编码、缺考的写法）',
          children: (
            <Typography>
              <ul style={{ paddingInlineStart: 20, margin: 0 }}>
                <li>CSV（UTF-8 或 GBK 编码，逗号或制表符分隔）或 XLSX（读取第一个工作表）。</li>
                <li>第 1 行是表头，列的顺序不限，表头名称不区分大小写和空格；多余的列会被忽略，同一列出现两次会被拒绝。</li>
                <li>每位考生一行，按证件号码匹配考生并核对姓名；没有“证件类型”列时视为居民身份证。</li>
                <li>缺考写“缺考”“缺席”或“未参加”（写在成绩列、考试状态列或考站列均可）。</li>
                <li>请把证件号码列设为“文本”格式，否则 Excel 会把它改写成科学计数法，这样的行会被标为错误。</li>
              </ul>
              <Typography.Paragraph style={{ marginTop: 8, marginBottom: 4 }}>
                <Typography.Text strong>专业理论考试（国家考试中心下发的成绩文件）</Typography.Text>：必需列 姓名、证件号码（或 身份证号）、标准分（或 成绩）；可选列 证件类型、考试状态（或 备注）。
              </Typography.Paragraph>
              <Typography.Paragraph style={{ marginBottom: 0 }}>
                <Typography.Text strong>临床实践技能考核（省考站成绩表）</Typography.Text>：必需列 姓名、证件号码、病例分析、病历书写、辅助检查判读、基本技能操作；可选列
                证件类型、关键项不合格（多个用逗号、分号、顿号或空格分隔）。
              </Typography.Paragraph>
            </Typography>
          ),
        },
      ]}
    />
  );
}

function counts(view: ScoreImportView): string {
  const s = view.summary;
  if (!s) return '—';
  return `新增 ${s.NEW} · 变更 ${s.CHANGED} · 无变化 ${s.UNCHANGED} · 错误 ${s.ERROR}`;
}

/** SC-1 / SC-2: the centre uploads a score file for a session and subject, and finds the files uploaded before. */
export default function ScoreImportPage() {
  const { sessions, session, choose } = useChosenSession();
  const [params, setParams] = useSearchParams();
  const subject: Subject = params.get('subject') === 'SKILLS' ? 'SKILLS' : 'THEORY';
  const [file, setFile] = useState<File | null>(null);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const sessionId = session?.id;

  const history = useQuery({
    queryKey: ['score-imports', sessionId],
    queryFn: () => call(api.GET('/sessions/{sessionId}/score-imports', { params: { path: { sessionId: sessionId! } } })),
    enabled: sessionId !== undefined,
  });

  const upload = useMutation({
    mutationFn: (chosen: File) => {
      const form = new FormData();
      form.append('file', chosen);
      return call(
        api.POST('/sessions/{sessionId}/score-imports/{subject}', {
          params: { path: { sessionId: sessionId!, subject } },
          body: {} as never,
          bodySerializer: () => form,
        }),
      );
    },
    onSuccess: (view) => {
      void queryClient.invalidateQueries({ queryKey: ['score-imports', view.sessionId] });
      queryClient.setQueryData(['score-import', view.id], view);
      void navigate(`/centre/scores/${view.id}`);
    },
  });

  const setSubject = (next: Subject) =>
    setParams((current) => {
      const copy = new URLSearchParams(current);
      copy.set('subject', next);
      return copy;
    });

  const columns: TableColumnsType<ScoreImportView> = [
    { title: '上传时间', dataIndex: 'createdAt', width: 150, render: (value: string) => formatDateTime(value) },
    { title: '科目', dataIndex: 'subject', width: 140, render: (value: Subject) => SUBJECT_LABEL[value] },
    { title: '文件', dataIndex: 'fileName', ellipsis: true },
    { title: '行数', dataIndex: 'totalRows', width: 72, align: 'right', render: (value: number | null) => value ?? '—' },
    { title: '预览结果', key: 'counts', render: (_, view) => counts(view) },
    {
      title: '状态',
      dataIndex: 'status',
      width: 130,
      render: (_, view) => <ToneTag tone={STATUS_TONE[view.status]}>{STATUS_LABEL[view.status]}</ToneTag>,
    },
    {
      title: '操作',
      key: 'open',
      width: 90,
      render: (_, view) => (
        <Link to={`/centre/scores/${view.id}`} aria-label={`查看（${view.fileName}，${formatDateTime(view.createdAt)}）`}>
          查看
        </Link>
      ),
    },
  ];

  return (
    <>
      <Typography.Title level={2}>成绩导入</Typography.Title>
      <Typography.Paragraph type="secondary">
        上传成绩文件后先逐行预览：每一行标明新增、变更（原成绩 → 新成绩）、无变化或错误。确认无误再提交；提交时全部写入或全部不写。成绩在“成绩发布与更正”中公布之前，考生看不到。
      </Typography.Paragraph>
      <ScoringErrorAlert error={sessions.error} />

      <Card title="上传成绩文件" style={{ marginBottom: 16 }}>
        <Form layout="vertical" requiredMark={false}>
          <Flex wrap gap={16} align="end" style={{ marginBottom: 16 }}>
            <SessionSelect sessions={sessions.data ?? []} value={session?.id} onChange={choose} />
            <Form.Item label="科目" style={{ marginBottom: 0 }}>
              <Radio.Group
                value={subject}
                onChange={(event) => setSubject(event.target.value as Subject)}
                options={SUBJECTS.map((s) => ({ value: s, label: SUBJECT_LABEL[s] }))}
                optionType="button"
                aria-label="科目"
              />
            </Form.Item>
          </Flex>
          <Form.Item label="成绩文件" extra="CSV 或 XLSX；较大的文件在后台校验，页面会显示进度。">
            <Upload
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              maxCount={1}
              beforeUpload={(chosen) => {
                setFile(chosen);
                upload.reset();
                return false;
              }}
              onRemove={() => setFile(null)}
              fileList={file ? [{ uid: 'chosen', name: file.name, status: 'done' }] : []}
            >
              <Button>选择文件…</Button>
            </Upload>
          </Form.Item>
          <ScoringErrorAlert error={upload.error} />
          <Space wrap>
            <Button type="primary" disabled={!file || !session} loading={upload.isPending} onClick={() => file && upload.mutate(file)}>
              上传并预览
            </Button>
            {session && (
              <Typography.Text type="secondary">
                将导入到：{session.name} · {SUBJECT_LABEL[subject]}
              </Typography.Text>
            )}
          </Space>
        </Form>
        <div style={{ marginTop: 16 }}>
          <FileFormat />
        </div>
      </Card>

      <Card title="本批次的导入记录">
        <ScoringErrorAlert error={history.error} />
        <Table
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={history.data ?? []}
          loading={history.isLoading}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{ emptyText: <EmptyText>本批次还没有上传过成绩文件</EmptyText> }}
        />
      </Card>
    </>
  );
}
