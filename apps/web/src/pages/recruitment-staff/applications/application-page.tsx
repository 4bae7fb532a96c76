import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Empty, Flex, Space, Spin, Table, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { api, call, type Schemas } from '../../../api/client';
import { ErrorAlert } from '../../../components/error-alert';
import { ReadableTag } from '../../../components/readable-tag';
import { formatDateTime } from '../../../format/time';
import { APPLICANT_TYPE_LABEL, choicesText, LEVEL_LABEL, REVIEW_STATUS_LABEL, REVIEW_STATUS_TONE } from '../labels';
import { levelOf, useStaffRecruitment } from '../staff-context';
import { DocumentImage } from './document-image';
import { ReviewActions } from './review-actions';

type Check = Schemas['RecruitmentCheck'];

/** One application beside its eligibility verdict and documents, with the review decision when it is this level's turn. */
export function ApplicationPage() {
  const { standing, root } = useStaffRecruitment();
  const id = Number(useParams().id);
  const application = useQuery({ queryKey: ['recruitment-application', id], queryFn: () => call(api.GET('/recruitment/applications/{id}', { params: { path: { id } } })) });
  const back = (
    <Link to={`${root}/applications`} style={{ display: 'inline-block', marginBottom: 8 }}>
      返回报名列表
    </Link>
  );
  if (application.isPending) return <Spin tip="正在加载…" />;
  if (application.isError)
    return (
      <>
        <Typography.Title level={2}>报名详情</Typography.Title>
        <ErrorAlert error={application.error} />
        {back}
      </>
    );
  const view = application.data;
  const level = levelOf(standing);
  const myTurn = view.status === 'IN_REVIEW' && view.nextReviewer === level;
  return (
    <>
      {back}
      <Typography.Title level={2}>
        报名详情：{view.name} <ReadableTag tone={REVIEW_STATUS_TONE[view.status]}>{REVIEW_STATUS_LABEL[view.status]}</ReadableTag>
      </Typography.Title>
      <Flex vertical gap={16}>
        <Card title="审核">
          {view.returned && <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={`${LEVEL_LABEL[view.returned.level]}退回修改：${view.returned.reason}`} description={`修改截止：${formatDateTime(view.returned.correctBy)}（北京时间）`} />}
          {view.rejected && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={`${LEVEL_LABEL[view.rejected.level]}审核不通过：${view.rejected.reason}`} />}
          {myTurn ? (
            <ReviewActions application={view} />
          ) : (
            <Typography.Paragraph style={{ marginBottom: 0 }}>
              {view.status === 'IN_REVIEW' && view.nextReviewer
                ? `现在由${view.nextReviewerLabel?.zh ?? LEVEL_LABEL[view.nextReviewer]}审核，本级只能查看。`
                : '这份报名现在无需本级审核，只能查看。'}
            </Typography.Paragraph>
          )}
        </Card>
        <HistoryCard id={view.id} version={view.version} />
        <Card title="报名信息">
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label="姓名">{view.name}</Descriptions.Item>
            <Descriptions.Item label="证件号码">{view.idMasked}</Descriptions.Item>
            <Descriptions.Item label="报名类型">{APPLICANT_TYPE_LABEL[view.applicantType]}</Descriptions.Item>
            <Descriptions.Item label="单位所在市">{view.employerCityName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="联系电话">{view.phone ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="招录计划">{view.roundName}</Descriptions.Item>
            <Descriptions.Item label="志愿">{choicesText(view.choices)}</Descriptions.Item>
            <Descriptions.Item label="服从调剂">{view.acceptsAdjustment ? '是' : '否'}</Descriptions.Item>
            <Descriptions.Item label="提交时间">{formatDateTime(view.submittedAt)}</Descriptions.Item>
            <Descriptions.Item label="审核阶段">{view.stage === 'AFTER_ADMISSION' ? '录取后复审' : '录取前审核'}</Descriptions.Item>
          </Descriptions>
        </Card>
        <Card title="资格核验">
          {view.verdict ? (
            <>
              <Typography.Paragraph>
                结论：{view.verdict.eligible ? <ReadableTag tone="green">符合报名条件</ReadableTag> : <ReadableTag tone="red">不符合报名条件</ReadableTag>}
              </Typography.Paragraph>
              <Table<Check>
                rowKey="rule"
                size="small"
                pagination={false}
                dataSource={view.verdict.checks}
                columns={[
                  { title: '条件', dataIndex: 'label', render: (value: Check['label']) => value.zh },
                  { title: '结果', dataIndex: 'outcome', render: (value: Check['outcome']) => (value === 'PASS' ? <ReadableTag tone="green">符合</ReadableTag> : <ReadableTag tone="red">不符合</ReadableTag>) },
                  { title: '说明', dataIndex: 'explanation', render: (value: Check['explanation']) => value.zh },
                ]}
              />
            </>
          ) : (
            <Empty description="尚无核验结果" />
          )}
        </Card>
        <Card title={`上传材料（${view.documents.length} 份）`}>
          {!view.documentCheck.complete && (
            <Alert type="warning" showIcon style={{ marginBottom: 12 }} message="材料不全" description={view.documentCheck.missing.map((m) => m.message.zh).join('；')} />
          )}
          {view.documents.length === 0 ? (
            <Empty description="没有上传材料" />
          ) : (
            <Space wrap size={16} align="start">
              {view.documents.map((document) => (
                <DocumentImage key={document.kind} applicationId={view.id} document={document} />
              ))}
            </Space>
          )}
        </Card>
      </Flex>
    </>
  );
}

type Step = Schemas['ApplicationReviewStep'];

/** RC-5: every step of the application as recorded (submissions, decisions with their reasons), oldest first. */
function HistoryCard({ id, version }: { id: number; version: number }) {
  // Keyed by the version: a decision taken here reads the history again.
  const history = useQuery({
    queryKey: ['recruitment-application', id, 'history', version],
    queryFn: () => call(api.GET('/recruitment/applications/{id}/review-history', { params: { path: { id } } })),
  });
  return (
    <Card title="审核记录">
      <ErrorAlert error={history.error} />
      <Table<Step>
        rowKey={(step) => `${step.at}-${step.kind}`}
        size="small"
        pagination={false}
        loading={history.isPending}
        dataSource={history.data?.steps ?? []}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '尚无审核记录' }}
        columns={[
          { title: '时间', dataIndex: 'at', render: (at: string) => formatDateTime(at) },
          { title: '操作方', key: 'by', render: (_, step) => step.organisationName ?? step.byLabel.zh },
          { title: '结果', key: 'outcome', render: (_, step) => step.outcome.zh },
          { title: '原因', dataIndex: 'reason', render: (reason: string | null) => reason ?? '—' },
          { title: '修改截止', dataIndex: 'correctBy', render: (correctBy: string | null) => (correctBy ? formatDateTime(correctBy) : '—') },
        ]}
      />
    </Card>
  );
}
