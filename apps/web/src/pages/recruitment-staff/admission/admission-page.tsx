import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Empty, Flex, Form, Modal, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client';
import { ApiError } from '../../../api/errors';
import { ErrorAlert } from '../../../components/error-alert';
import { ReadableTag } from '../../../components/readable-tag';
import { formatDateTime } from '../../../format/time';
import { serverPagination, type Paging } from '../../reviewer/server-paging';
import { ADMISSION_ROUND_LABEL, APPLICANT_TYPE_LABEL, MECHANISM_LABEL, PUBLISH_REFUSAL_HINT, RUN_STATUS_LABEL, RUN_STATUS_TONE } from '../labels';
import { personColumns } from '../person-columns';
import { chosenRound, RoundSelect } from '../round-select';
import { useRounds } from '../staff-context';

type Run = Schemas['AdmissionRunView'];
type Stage = Schemas['AdmissionStageView'];
type Track = Schemas['AdmissionTrackView'];
type Outcome = Schemas['AdmissionOutcomeView'];

/**
 * The authority's admission: preview a run over the approved applications and their scores (a fresh lottery seed
 * each time), read it per track and per applicant with the explanation, then publish it behind a confirmation.
 * A round whose notice publishes round by round (first choice, second choice, adjustment) previews and publishes
 * one stage at a time; each later stage continues the published one.
 */
export function AdmissionPage() {
  const queryClient = useQueryClient();
  const rounds = useRounds();
  const [askedRound, setAskedRound] = useState<number>();
  const roundId = chosenRound(rounds.data, askedRound);
  const [askedRun, setAskedRun] = useState<number>();
  const [confirming, setConfirming] = useState(false);
  const [askedStage, setAskedStage] = useState<Schemas['AdmissionRound']>();
  const stages = useQuery({
    queryKey: ['admission-stages', roundId],
    queryFn: () => call(api.GET('/recruitment/rounds/{roundId}/admission-runs/stages', { params: { path: { roundId: roundId! } } })),
    enabled: roundId !== undefined,
  });
  const previewable = stages.data?.stages.filter((each) => each.previewable) ?? [];
  // The final stage by default (every remaining round at once); an earlier one where results are published round by round.
  const through = previewable.find((each) => each.through === askedStage)?.through ?? previewable[previewable.length - 1]?.through;
  const runs = useQuery({
    queryKey: ['admission-runs', roundId],
    queryFn: () => call(api.GET('/recruitment/rounds/{roundId}/admission-runs', { params: { path: { roundId: roundId! } } })),
    enabled: roundId !== undefined,
  });
  const run: Run | undefined = runs.data?.find((r) => r.id === askedRun) ?? runs.data?.[0];
  const preview = useMutation({
    mutationFn: () => call(api.POST('/recruitment/rounds/{roundId}/admission-runs', { params: { path: { roundId: roundId! } }, body: { through } })),
    onSuccess: (created) => {
      publish.reset();
      setAskedRun(created.id);
      void queryClient.invalidateQueries({ queryKey: ['admission-runs', roundId] });
    },
  });
  const publish = useMutation({
    mutationFn: (runId: number) => call(api.POST('/recruitment/rounds/{roundId}/admission-runs/{runId}/publish', { params: { path: { roundId: roundId!, runId } } })),
    // Published or refused (e.g. published meanwhile elsewhere): the runs are read again either way.
    onSettled: () => {
      setConfirming(false);
      setAskedStage(undefined);
      void queryClient.invalidateQueries({ queryKey: ['admission-runs', roundId] });
      void queryClient.invalidateQueries({ queryKey: ['admission-stages', roundId] });
    },
  });
  // Published through the final stage: nothing is left to compute.
  const published = stages.data !== undefined && previewable.length === 0;
  const lastPublished = [...(stages.data?.stages ?? [])].reverse().find((each) => each.publishedRunId !== null);
  const refusal = publish.error instanceof ApiError ? PUBLISH_REFUSAL_HINT[publish.error.code] : undefined;

  return (
    <>
      <Typography.Title level={2}>录取</Typography.Title>
      <Typography.Paragraph>
        生成录取预览（按审核通过的报名、志愿、成绩和招录名额计算，并记录本次抽签种子），逐一核对后发布。发布后生成录取名额并通知报名人，不能撤回。
        按志愿分轮公布结果的，可先计算并发布第一志愿，再依次计算后续阶段；已发布阶段的录取结果和成绩不再改变。
      </Typography.Paragraph>
      <ErrorAlert error={rounds.error ?? runs.error ?? stages.error} />
      {stages.data && <StagesTable stages={stages.data.stages} />}
      <Form layout="vertical" component="div">
        <Space wrap align="end" size={16}>
          <RoundSelect
            id="admission-round"
            rounds={rounds.data}
            value={roundId}
            onChange={(id) => {
              setAskedRound(id);
              setAskedRun(undefined);
              setAskedStage(undefined);
              preview.reset();
              publish.reset();
            }}
          />
          {previewable.length > 1 && (
            <Form.Item label="计算至" htmlFor="admission-stage">
              <Select
                id="admission-stage"
                style={{ width: 220 }}
                value={through}
                onChange={setAskedStage}
                options={previewable.map((each) => ({ value: each.through, label: `${each.label}录取${each.final ? '（最终结果）' : ''}` }))}
              />
            </Form.Item>
          )}
          {(runs.data?.length ?? 0) > 1 && (
            <Form.Item label="录取方案" htmlFor="admission-run">
              <Select
                id="admission-run"
                style={{ width: 260 }}
                value={run?.id}
                onChange={setAskedRun}
                options={(runs.data ?? []).map((r) => ({ value: r.id, label: `#${r.id} ${RUN_STATUS_LABEL[r.status]} · ${r.stageLabel} · ${formatDateTime(r.createdAt)}` }))}
              />
            </Form.Item>
          )}
          <Form.Item>
            <Button type="primary" disabled={roundId === undefined || published} loading={preview.isPending} onClick={() => preview.mutate()}>
              生成录取预览
            </Button>
          </Form.Item>
        </Space>
      </Form>
      {published && <Alert type="success" showIcon style={{ marginBottom: 16 }} message="本招录计划的录取结果已全部发布。" />}
      {!published && lastPublished && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message={`已发布至${lastPublished.label}录取；后续阶段在此基础上计算，已录取人员和已发布阶段的成绩不再改变。`} />
      )}
      <ErrorAlert error={preview.error} />
      {publish.error !== null && (
        <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} message={`发布未完成：${publish.error.message}`} description={refusal ?? (publish.error instanceof ApiError ? `错误代码：${publish.error.code}` : undefined)} />
      )}
      {runs.data?.length === 0 && <Empty description="还没有录取方案：请先生成录取预览" />}
      {run && (
        <Flex vertical gap={16}>
          <Card
            title={
              <>
                录取方案 #{run.id} <ReadableTag tone={RUN_STATUS_TONE[run.status]}>{RUN_STATUS_LABEL[run.status]}</ReadableTag>
              </>
            }
            extra={
              run.status === 'PREVIEW' && !published ? (
                <Button type="primary" danger onClick={() => (publish.reset(), setConfirming(true))}>
                  发布录取结果
                </Button>
              ) : undefined
            }
          >
            <Descriptions column={{ xs: 1, md: 3 }} size="small">
              <Descriptions.Item label="录取方式">{MECHANISM_LABEL[run.mechanism]}</Descriptions.Item>
              <Descriptions.Item label="计算至">
                {run.stageLabel}录取{run.finalStage ? '（最终结果）' : ''}
                {run.afterRunId !== null && `，接续已发布方案 #${run.afterRunId}`}
              </Descriptions.Item>
              <Descriptions.Item label="结果公布时间">{run.resultsVisibleFrom ? formatDateTime(run.resultsVisibleFrom) : '发布后即可查看'}</Descriptions.Item>
              <Descriptions.Item label="参与录取">{run.applicants} 人</Descriptions.Item>
              <Descriptions.Item label="录取">
                {run.admitted} 人 / 名额 {run.quota} 个
              </Descriptions.Item>
              <Descriptions.Item label="轮次">{run.rounds.map((r) => ADMISSION_ROUND_LABEL[r]).join('、')}</Descriptions.Item>
              <Descriptions.Item label="生成时间">{formatDateTime(run.createdAt)}</Descriptions.Item>
              <Descriptions.Item label="发布时间">{formatDateTime(run.publishedAt)}</Descriptions.Item>
              <Descriptions.Item label="抽签种子">
                <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
                  {run.seed}
                </Typography.Text>
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title="各基地录取情况">
            <Table<Track>
              rowKey={(t) => `${t.baseId}-${t.applicantType ?? 'ALL'}`}
              size="small"
              pagination={false}
              dataSource={run.tracks}
              scroll={{ x: 'max-content' }}
              columns={[
                { title: '培训基地', dataIndex: 'baseName' },
                { title: '类型', dataIndex: 'applicantType', render: (value: Track['applicantType']) => (value ? APPLICANT_TYPE_LABEL[value] : '不分类型') },
                { title: '名额', dataIndex: 'quota' },
                { title: '录取', dataIndex: 'admitted' },
                { title: '剩余名额', dataIndex: 'seatsLeft' },
                { title: '最低录取成绩', dataIndex: 'lastAdmittedScore', render: (value: number | null) => value ?? '—' },
                {
                  title: '各轮次',
                  key: 'rounds',
                  render: (_, t) => t.rounds.map((r) => `${ADMISSION_ROUND_LABEL[r.round]} ${r.admitted} 人${r.lastAdmittedScore === null ? '' : `（最低 ${r.lastAdmittedScore}）`}`).join('；'),
                },
              ]}
            />
          </Card>
          <Outcomes roundId={run.roundId} runId={run.id} />
        </Flex>
      )}
      <Modal
        open={confirming && run !== undefined}
        title="确认发布录取结果"
        okText="确认发布"
        okButtonProps={{ danger: true, loading: publish.isPending }}
        cancelText="取消"
        onOk={() => run && publish.mutate(run.id)}
        onCancel={() => setConfirming(false)}
      >
        {run && (
          <>
            <Typography.Paragraph>
              将发布录取方案 #{run.id}（{run.stageLabel}录取{run.finalStage ? '，最终结果' : ''}）：参与录取 <strong>{run.applicants}</strong> 人，录取 <strong>{run.admitted}</strong> 人，未录取 <strong>{run.applicants - run.admitted}</strong> 人；招录名额 {run.quota} 个，剩余{' '}
              {run.quota - run.admitted} 个。
            </Typography.Paragraph>
            <Typography.Paragraph>发布后将生成录取名额、通知报名人（需录取后复审的进入复审），不能撤回。若生成预览后审核结果或成绩有变化，发布会被拒绝，需重新生成预览。</Typography.Paragraph>
          </>
        )}
      </Modal>
    </>
  );
}

function Outcomes({ roundId, runId }: { roundId: number; runId: number }) {
  const [paging, setPaging] = useState<Paging>({ page: 1, pageSize: 20 });
  const [admitted, setAdmitted] = useState<'all' | 'true' | 'false'>('all');
  const query = { ...paging, ...(admitted === 'all' ? {} : { admitted: admitted === 'true' }) };
  const outcomes = useQuery({
    queryKey: ['admission-outcomes', roundId, runId, query],
    queryFn: () => call(api.GET('/recruitment/rounds/{roundId}/admission-runs/{runId}/outcomes', { params: { path: { roundId, runId }, query } })),
    placeholderData: keepPreviousData,
  });
  const columns: TableColumnsType<Outcome> = [
    ...personColumns<Outcome>(),
    {
      title: '结果',
      key: 'result',
      render: (_, row) =>
        row.admitted ? (
          <>
            <ReadableTag tone="green">录取</ReadableTag>
            <div style={{ marginTop: 4 }}>
              {row.baseName}
              {row.admittedBy ? `（${ADMISSION_ROUND_LABEL[row.admittedBy]}）` : ''}
            </div>
          </>
        ) : (
          <ReadableTag tone="grey">未录取</ReadableTag>
        ),
    },
    {
      title: '说明',
      dataIndex: 'lines',
      render: (lines: string[]) => (
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ),
    },
  ];
  return (
    <Card
      title="逐人录取结果"
      extra={
        <Space>
          <label htmlFor="outcome-filter">显示</label>
          <Select
            id="outcome-filter"
            style={{ width: 120 }}
            value={admitted}
            onChange={(value) => {
              setAdmitted(value);
              setPaging({ ...paging, page: 1 });
            }}
            options={[
              { value: 'all', label: '全部' },
              { value: 'true', label: '录取' },
              { value: 'false', label: '未录取' },
            ]}
          />
        </Space>
      }
    >
      <ErrorAlert error={outcomes.error} />
      <Table<Outcome>
        rowKey="applicationId"
        size="middle"
        columns={columns}
        dataSource={outcomes.data?.items ?? []}
        loading={outcomes.isPending}
        pagination={serverPagination(paging, setPaging, outcomes.data?.total ?? 0)}
        scroll={{ x: 'max-content' }}
      />
    </Card>
  );
}

function stageState(stage: Stage): string {
  if (stage.publishedRunId !== null) return `已发布（方案 #${stage.publishedRunId}）`;
  if (stage.settled) return '已由后续阶段一并发布';
  return stage.previewable ? '待计算' : '—';
}

/** The round's stages with their results time and state: what is published, what comes next. */
function StagesTable({ stages }: { stages: Stage[] }) {
  return (
    <Card title="录取阶段" size="small" style={{ marginBottom: 16 }}>
      <Table<Stage>
        rowKey="through"
        size="small"
        pagination={false}
        dataSource={stages}
        columns={[
          { title: '阶段', key: 'label', render: (_, stage) => `${stage.label}录取${stage.final ? '（最终结果）' : ''}` },
          { title: '结果公布时间', dataIndex: 'resultsVisibleFrom', render: (value: string | null) => (value ? formatDateTime(value) : '发布后即可查看') },
          { title: '状态', key: 'state', render: (_, stage) => stageState(stage) },
        ]}
      />
    </Card>
  );
}
