import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Collapse, Descriptions, Space, Table, Typography } from 'antd';
import { useRef, useState } from 'react';
import { api, call, type Schemas } from '../../../api/client';
import { ApiError } from '../../../api/errors';
import { ErrorAlert } from '../../../components/error-alert';
import { chinesePart } from '../sessions/labels';
import { SessionPicker, useChosenSession } from '../sessions/session-picker';
import { ToneTag } from '../sessions/tone-tag';
import { PageTitle } from '../sessions/page-title';

type Report = Schemas['NationalRosterReport'];
type BaseReport = Schemas['NationalRosterBaseReport'];

const problemsOf = (base: BaseReport) => base.missingNationally.length + base.missingLocally.length + base.nameMismatches.length;

function BaseTables({ base }: { base: BaseReport }) {
  return (
    <>
      {base.missingNationally.length > 0 && (
        <>
          <Typography.Title level={4} style={{ fontSize: 15 }}>
            本平台已报名专业理论考试，国家网站名单中没有（{base.missingNationally.length} 人）
          </Typography.Title>
          <Typography.Paragraph style={{ color: '#595959' }}>这些考生不能参加理论考试：请通知其在国家网站报名，信息和照片须与本平台一致。</Typography.Paragraph>
          <Table
            rowKey="signupId"
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={base.missingNationally}
            style={{ marginBottom: 16 }}
            columns={[
              { title: '姓名', dataIndex: 'name' },
              { title: '证件号码', dataIndex: 'idNumberMasked' },
              { title: '报名编号', dataIndex: 'signupId' },
              { title: '报名状态', dataIndex: 'status', render: (status: string) => STATUS_LABEL[status] ?? status },
            ]}
          />
        </>
      )}
      {base.missingLocally.length > 0 && (
        <>
          <Typography.Title level={4} style={{ fontSize: 15 }}>
            国家网站名单中有，本平台没有理论考试报名（{base.missingLocally.length} 人）
          </Typography.Title>
          <Table
            rowKey="rowNumber"
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={base.missingLocally}
            style={{ marginBottom: 16 }}
            columns={[
              { title: '文件行号', dataIndex: 'rowNumber' },
              { title: '姓名', dataIndex: 'name' },
              { title: '证件号码', dataIndex: 'idNumberMasked' },
            ]}
          />
        </>
      )}
      {base.nameMismatches.length > 0 && (
        <>
          <Typography.Title level={4} style={{ fontSize: 15 }}>
            两边都有但姓名不一致（{base.nameMismatches.length} 人）
          </Typography.Title>
          <Typography.Paragraph style={{ color: '#595959' }}>两处的信息须完全一致，请核实后更正其中一处。</Typography.Paragraph>
          <Table
            rowKey="rowNumber"
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={base.nameMismatches}
            style={{ marginBottom: 16 }}
            columns={[
              { title: '文件行号', dataIndex: 'rowNumber' },
              { title: '证件号码', dataIndex: 'idNumberMasked' },
              { title: '本平台姓名', dataIndex: 'localName' },
              { title: '国家网站姓名', dataIndex: 'nationalName' },
              { title: '报名编号', dataIndex: 'signupId' },
            ]}
          />
        </>
      )}
      {problemsOf(base) === 0 && <Typography.Paragraph>两边一致。</Typography.Paragraph>}
    </>
  );
}

const STATUS_LABEL: Record<string, string> = {
  SUBMITTED: '已提交，待基地审核',
  RETURNED: '已退回修改',
  BASE_APPROVED: '基地通过，待中心复审',
  APPROVED: '复审通过',
};

function ReportView({ report }: { report: Report }) {
  const withProblems = report.bases.filter((base) => problemsOf(base) > 0).sort((a, b) => problemsOf(b) - problemsOf(a));
  const clean = report.bases.filter((base) => problemsOf(base) === 0);
  const allGood = withProblems.length === 0 && report.invalidRows.length === 0;
  return (
    <>
      <Alert
        type={allGood ? 'success' : 'warning'}
        showIcon
        role="status"
        message={allGood ? '核对完成：两边名单一致。' : `核对完成：${withProblems.length} 个基地有差异${report.invalidRows.length ? `，文件中 ${report.invalidRows.length} 行无法识别` : ''}，见下表。`}
        style={{ marginBottom: 16 }}
      />
      <Descriptions size="small" bordered column={{ xs: 1, sm: 2, md: 4 }} styles={{ label: { color: '#434343' } }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="国家网站名单行数">{report.nationalRows}</Descriptions.Item>
        <Descriptions.Item label="本平台理论考试报名">{report.localTheorySignups}</Descriptions.Item>
        <Descriptions.Item label="两边一致">{report.matched}</Descriptions.Item>
        <Descriptions.Item label="无法识别的行">{report.invalidRows.length}</Descriptions.Item>
      </Descriptions>
      {report.invalidRows.length > 0 && (
        <>
          <Typography.Title level={3} style={{ fontSize: 16 }}>
            文件中无法识别的行
          </Typography.Title>
          <Table
            rowKey="rowNumber"
            size="small"
            pagination={report.invalidRows.length > 20 ? { pageSize: 20 } : false}
            scroll={{ x: 'max-content' }}
            dataSource={report.invalidRows}
            style={{ marginBottom: 16 }}
            columns={[
              { title: '文件行号', dataIndex: 'rowNumber' },
              { title: '问题', key: 'message', render: (_, row) => row.message.zh },
            ]}
          />
        </>
      )}
      {withProblems.length > 0 && (
        <>
          <Typography.Title level={3} style={{ fontSize: 16 }}>
            各基地的差异
          </Typography.Title>
          <Collapse
            defaultActiveKey={withProblems.slice(0, 3).map((base) => String(base.baseId ?? base.baseName))}
            items={withProblems.map((base) => ({
              key: String(base.baseId ?? base.baseName),
              label: (
                <Space wrap>
                  <span>{chinesePart(base.baseName)}</span>
                  {base.missingNationally.length > 0 && <ToneTag tone="red">国家网站缺 {base.missingNationally.length}</ToneTag>}
                  {base.missingLocally.length > 0 && <ToneTag tone="orange">本平台缺 {base.missingLocally.length}</ToneTag>}
                  {base.nameMismatches.length > 0 && <ToneTag tone="gold">姓名不一致 {base.nameMismatches.length}</ToneTag>}
                </Space>
              ),
              children: <BaseTables base={base} />,
            }))}
            style={{ marginBottom: 16 }}
          />
        </>
      )}
      {clean.length > 0 && <Typography.Paragraph style={{ color: '#595959' }}>无差异的基地：{clean.map((base) => chinesePart(base.baseName)).join('、')}</Typography.Paragraph>}
    </>
  );
}

/** SPREADSHEET_COLUMNS_INVALID: which header names are missing, unknown or given twice. */
function ColumnProblems({ error }: { error: unknown }) {
  if (!(error instanceof ApiError) || error.code !== 'SPREADSHEET_COLUMNS_INVALID') return null;
  const details = (error.details ?? {}) as { missing?: string[]; unknown?: string[]; duplicate?: string[] };
  const line = (label: string, names?: string[]) => (names?.length ? <li>{label}：{names.join('、')}</li> : null);
  return (
    <ul style={{ marginTop: -8, paddingLeft: 20 }}>
      {line('缺少的列', details.missing)}
      {line('未识别的列（可能是表头写法不同）', details.unknown)}
      {line('重复的列', details.duplicate)}
    </ul>
  );
}

/**
 * FA-10: the centre uploads the national site's THEORY sign-up list; the report says, per base, who signed up here
 * but not there, the reverse, and whose names differ.
 */
export default function NationalRosterPage() {
  const chosen = useChosenSession();
  const sessionId = chosen.session?.id;
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const reconcile = useMutation({
    mutationFn: ({ id, upload }: { id: number; upload: File }) => {
      const formData = new FormData();
      formData.append('file', upload);
      return call(api.POST('/sessions/{id}/national-roster/reconcile', { params: { path: { id } }, body: {} as never, bodySerializer: () => formData }));
    },
  });
  const report = reconcile.data && reconcile.variables?.id === sessionId ? reconcile.data : undefined;

  return (
    <>
      <PageTitle>国家名单核对</PageTitle>
      <SessionPicker chosen={chosen} />
      <Typography.Paragraph>
        报名专业理论考试的考生还须在国家网站报名，信息须一致，否则不能参加考试。请从国家网站导出本省理论考试报名名单，上传后按基地列出两边的差异。
      </Typography.Paragraph>
      <Card title={<Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>上传国家网站名单</Typography.Title>} style={{ marginBottom: 16 }}>
        <Typography.Paragraph style={{ color: '#595959' }}>
          CSV（UTF-8 或 GBK）或 Excel（.xlsx，读取第一个工作表）。第一行为表头，须包含“姓名”和“证件号码”（或“身份证号”）列，“证件类型”列可选，其他列忽略。
        </Typography.Paragraph>
        <Space wrap style={{ marginBottom: 16 }}>
          <label htmlFor="national-roster-file">名单文件</label>
          <input
            id="national-roster-file"
            ref={input}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              reconcile.reset();
            }}
          />
          <Button
            type="primary"
            disabled={!file || sessionId === undefined}
            loading={reconcile.isPending}
            onClick={() => file && sessionId !== undefined && reconcile.mutate({ id: sessionId, upload: file })}
          >
            上传并核对
          </Button>
        </Space>
        <ErrorAlert error={reconcile.error} />
        <ColumnProblems error={reconcile.error} />
      </Card>
      {report && <ReportView report={report} />}
    </>
  );
}
