import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Space, Switch, Table, Typography, Upload, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client';
import { ErrorAlert } from '../../../components/error-alert';
import { emptyText } from '../empty-text';
import { StatusTag, type Tone } from '../status-tag';

type Report = Schemas['RosterImportReport'];
type RowReport = Schemas['RosterRowReport'];

const FIELD_LABEL: Record<string, string> = {
  name: '姓名',
  idType: '证件类型',
  idNumber: '证件号码',
  base: '培训基地',
  cohort: '年级',
  rotationEndDate: '结束轮转时间',
  phaseTheoryPassed: '集中理论培训阶段考试',
  processAssessmentPassed: '培训过程考核',
};

const OUTCOME: Record<Schemas['RosterRowOutcome'], { text: string; colour: Tone }> = {
  CREATE: { text: '新增', colour: 'success' },
  UPDATE: { text: '更新', colour: 'processing' },
  UNCHANGED: { text: '无变化', colour: 'default' },
  ERROR: { text: '有错误', colour: 'error' },
};

const COLUMNS: TableColumnsType<RowReport> = [
  { title: '行号', dataIndex: 'rowNumber', width: 72 },
  { title: '姓名', dataIndex: 'name' },
  { title: '证件号码', dataIndex: 'idMasked', render: (value: string | null) => value ?? '—', responsive: ['md'] },
  { title: '结果', dataIndex: 'outcome', render: (value: RowReport['outcome']) => <StatusTag tone={OUTCOME[value].colour}>{OUTCOME[value].text}</StatusTag> },
  {
    title: '问题（请在文件中改正后重新上传）',
    dataIndex: 'errors',
    render: (errors: RowReport['errors']) =>
      errors.length === 0
        ? '—'
        : errors.map((error, index) => (
            <div key={index} style={{ maxWidth: 'min(520px, 60vw)', whiteSpace: 'normal' }}>
              <Typography.Text strong>{FIELD_LABEL[error.field] ?? error.field}</Typography.Text>：{error.message.zh}
              <span style={{ fontSize: 12, color: '#595959' }}>（{error.code}）</span>
            </div>
          )),
  },
];

/** A base's roster file: checked first (nothing written), then imported as a whole, or not at all. */
export function RosterImport() {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [onlyErrors, setOnlyErrors] = useState(true);
  const send = useMutation({
    mutationFn: ({ file, commit }: { file: File; commit: boolean }) => {
      const form = new FormData();
      form.append('file', file);
      return call(api.POST('/trainees/import', { params: { query: { commit } }, body: {} as never, bodySerializer: () => form }));
    },
    onSuccess: (report) => {
      if (report.committed) void queryClient.invalidateQueries({ queryKey: ['trainees'] });
    },
  });
  const report: Report | undefined = send.data;
  const rows = report ? (onlyErrors ? report.rows.filter((row) => row.outcome === 'ERROR') : report.rows) : [];

  return (
    <Card title={<h3 style={{ margin: 0, fontSize: 16 }}>导入学员名册</h3>} style={{ marginBottom: 24 }}>
      <Typography.Paragraph>
        上传 CSV 或 Excel（.xlsx）文件，第一行为表头：姓名、证件号码、年级、结束轮转时间、集中理论培训阶段考试、培训过程考核（必填），证件类型（可不填，默认居民身份证）。先检查文件，全部行无误后再确认导入；有一行出错，整个文件都不会导入。
      </Typography.Paragraph>
      <Space wrap align="start">
        <Upload
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          maxCount={1}
          beforeUpload={(chosen) => {
            setFile(chosen);
            send.reset();
            return false;
          }}
          onRemove={() => {
            setFile(null);
            send.reset();
          }}
          fileList={file ? [{ uid: 'roster', name: file.name, status: 'done' }] : []}
        >
          <Button>选择名册文件</Button>
        </Upload>
        <Button type="primary" disabled={!file} loading={send.isPending && send.variables?.commit === false} onClick={() => file && send.mutate({ file, commit: false })}>
          检查文件（不写入）
        </Button>
      </Space>
      <ErrorAlert error={send.error} style={{ marginTop: 16 }} />
      {report && (
        <div style={{ marginTop: 16 }}>
          {report.committed ? (
            <Alert type="success" showIcon message={`已导入：新增 ${report.created} 人，更新 ${report.updated} 人，无变化 ${report.unchanged} 人。`} style={{ marginBottom: 12 }} />
          ) : report.errorRows > 0 ? (
            <Alert type="error" showIcon message={`${report.errorRows} 行有错误，整个文件未导入。`} description="请按下表在文件中改正这些行，保存后重新选择文件检查。" style={{ marginBottom: 12 }} />
          ) : (
            <Alert
              type="info"
              showIcon
              message="检查通过，尚未写入。"
              description="确认后将按下列结果写入名册。"
              action={
                <Button type="primary" loading={send.isPending && send.variables?.commit === true} onClick={() => file && send.mutate({ file, commit: true })}>
                  确认导入
                </Button>
              }
              style={{ marginBottom: 12 }}
            />
          )}
          <Descriptions size="small" column={{ xs: 2, sm: 3, md: 5 }} bordered style={{ marginBottom: 12 }}>
            <Descriptions.Item label="总行数">{report.totalRows}</Descriptions.Item>
            <Descriptions.Item label="新增">{report.created}</Descriptions.Item>
            <Descriptions.Item label="更新">{report.updated}</Descriptions.Item>
            <Descriptions.Item label="无变化">{report.unchanged}</Descriptions.Item>
            <Descriptions.Item label="有错误">{report.errorRows}</Descriptions.Item>
          </Descriptions>
          <Space style={{ marginBottom: 8 }}>
            <Switch id="roster-only-errors" checked={onlyErrors} onChange={setOnlyErrors} size="small" />
            <label htmlFor="roster-only-errors">只看有错误的行</label>
          </Space>
          <Table<RowReport>
            rowKey="rowNumber"
            size="small"
            columns={COLUMNS}
            dataSource={rows}
            scroll={{ x: 'max-content' }}
            pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
            locale={{ emptyText: emptyText(onlyErrors ? '没有出错的行' : '文件中没有数据行') }}
          />
        </div>
      )}
    </Card>
  );
}
