import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Modal, Result, Spin, Steps, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, call } from '../../../api/client';
import { ApiError } from '../../../api/errors';
import { serverNow } from '../../../api/server-time';
import { ErrorAlert } from '../../../components/error-alert';
import { countdown, formatDateTime } from '../../../format/time';
import { useSession } from '../../../session/session';
import { StateTag } from '../shared/state-tag';
import { formatWindow } from '../shared/time';
import { ChoicesStep, ADJUSTMENT_NOTICE } from './choices-step';
import { DocumentsStep } from './documents-step';
import { APPLICANT_TYPE, STATUS_TONE, type Application, type Round } from './labels';
import { ProfileForm } from './profile-form';
import { useMyApplications, useRound, RECRUITMENT_KEYS } from './queries';
import { ResultsCard } from './results-card';
import { ReviewTimelineCard, VerdictCard } from './review-status';

const h3 = (text: string) => <h3 style={{ margin: 0, fontSize: 16 }}>{text}</h3>;

/** A base assessment's days as the notice gives them, or that they are still to be announced. */
function assessmentText(each: Round['ranking']['rounds'][number]): string {
  const { opensAt, closesAt } = each.assessment;
  const days = opensAt && closesAt ? formatWindow({ opensAt, closesAt }) : '另行通知';
  const results = each.resultsVisibleAt ? `${formatDateTime(each.resultsVisibleAt)}（北京时间）` : '另行通知';
  return `考核时间 ${days}，结果公布时间 ${results}`;
}

/** RC-6: how the round admits, in plain words, and for base assessments each choice round's days and results (Beijing time). */
function AdmissionRuleText({ round }: { round: Round }) {
  return (
    <div data-testid="admission-rule" style={{ margin: '8px 0' }}>
      <div>
        <strong>录取方式：</strong>
        {round.admissionRule.summary.zh}
      </div>
      {round.ranking.kind === 'BASE_ASSESSMENT' && round.ranking.rounds.length > 0 && (
        <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
          {round.ranking.rounds.map((each) => (
            <li key={each.round}>
              {each.label.zh}：{assessmentText(each)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function RoundCard({ round }: { round: Round }) {
  const now = serverNow();
  const beforeOpen = new Date(round.signupOpensAt).getTime() > now;
  return (
    <Card title={h3('招录计划')} style={{ marginBottom: 16 }}>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'where', label: '招录地区', children: round.jurisdictionName.zh },
          { key: 'year', label: '年度', children: `${round.year} 年` },
          {
            key: 'window',
            label: '报名时间',
            children: (
              <span data-date="signup">
                {formatDateTime(round.signupOpensAt)} 至 {formatDateTime(round.signupClosesAt)}（{beforeOpen ? `距报名开始${countdown(round.signupOpensAt, now)}` : `距报名截止${countdown(round.signupClosesAt, now)}`}）
              </span>
            ),
          },
          { key: 'types', label: '招录类别', children: round.applicantTypes.map((type) => APPLICANT_TYPE[type].label).join('、') },
          { key: 'choices', label: '志愿数', children: `最多 ${round.choicesMax} 个${round.adjustmentOffered ? '，可选择服从调剂' : '，不安排调剂'}` },
          { key: 'results', label: '录取结果公布', children: formatDateTime(round.admission.resultsVisibleAt) },
          { key: 'report', label: '报到截止', children: formatDateTime(round.reportingDeadline) },
          { key: 'policy', label: '报名条件依据', children: `${round.policy.name.zh}（第 ${round.policy.version} 版）` },
        ]}
      />
      <AdmissionRuleText round={round} />
      {round.policy.criteria.length > 0 && (
        <details style={{ margin: '8px 0 16px' }}>
          <summary style={{ cursor: 'pointer' }}>报名条件（{round.policy.criteria.length} 条）</summary>
          <ol style={{ marginTop: 8 }}>
            {round.policy.criteria.map((criterion) => (
              <li key={criterion.zh}>{criterion.zh}</li>
            ))}
          </ol>
        </details>
      )}
      <Table
        rowKey="baseId"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        caption={<span style={{ display: 'block', textAlign: 'start', fontWeight: 600, marginBottom: 8 }}>各培训基地招录计划</span>}
        dataSource={round.bases}
        columns={[
          { title: '培训基地', dataIndex: 'name', key: 'name' },
          { title: '所在市', key: 'city', render: (_, base) => base.cityName ?? '—' },
          ...(round.quotaSplit === 'BY_BASE_AND_TYPE' ? round.applicantTypes.map((type) => ({ title: `${APPLICANT_TYPE[type].label}名额`, key: type, render: (_: unknown, base: Round['bases'][number]) => base.seats[type] })) : []),
          { title: '计划人数', dataIndex: 'total', key: 'total' },
        ]}
      />
      {round.notes.length > 0 && (
        <ul style={{ marginTop: 12, color: '#595959' }}>
          {round.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** The refusal of a submission, with what it carries: the verdict rule by rule, or the documents still missing. */
function SubmitRefusal({ error }: { error: unknown }) {
  if (!(error instanceof ApiError)) return null;
  if (error.code === 'APPLICANT_NOT_ELIGIBLE') {
    const verdict = (error.details as { verdict?: NonNullable<Application['verdict']> } | undefined)?.verdict;
    return (
      <>
        <ErrorAlert error={error} />
        {verdict && <VerdictCard verdict={verdict} title="未通过的报名条件（逐条）" />}
      </>
    );
  }
  if (error.code === 'DOCUMENTS_INCOMPLETE') {
    const missing = (error.details as { missing?: Array<{ requirement: string; message: { zh: string } }> } | undefined)?.missing ?? [];
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        style={{ marginBottom: 16 }}
        message={error.message}
        description={
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {missing.map((each) => (
              <li key={each.requirement}>{each.message.zh}</li>
            ))}
          </ul>
        }
      />
    );
  }
  return <ErrorAlert error={error} />;
}

function SubmitStep({ round, application }: { round: Round; application: Application }) {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const resubmit = application.status === 'RETURNED';
  const submit = useMutation({
    mutationFn: () => call(api.POST('/me/recruitment/applications/{id}/submit', { params: { path: { id: application.id } }, body: { expectedVersion: application.version } })),
    onSuccess: (saved) => {
      setConfirming(false);
      queryClient.setQueryData(RECRUITMENT_KEYS.mine, (list: Application[] | undefined) => list?.map((each) => (each.id === saved.id ? saved : each)));
    },
    onError: () => setConfirming(false),
  });
  return (
    <Card title={h3(resubmit ? '第四步：修改后重新提交' : '第四步：确认并提交')}>
      <SubmitRefusal error={submit.error} />
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'name', label: '姓名', children: `${application.name}（${application.idMasked}）` },
          { key: 'type', label: '报名类别', children: APPLICANT_TYPE[application.applicantType].label },
          ...(application.employerCityName ? [{ key: 'city', label: '工作单位所在市', children: application.employerCityName }] : []),
          { key: 'choices', label: '志愿', children: application.choices.length > 0 ? application.choices.map((choice) => `${choice.order}. ${choice.baseName}`).join('；') : '尚未填报' },
          { key: 'adjust', label: '调剂', children: round.adjustmentOffered ? (application.acceptsAdjustment ? '同意调剂' : '不同意调剂') : '本批次不安排调剂' },
          { key: 'docs', label: '材料', children: application.documentCheck.complete ? '已齐全' : `还缺 ${application.documentCheck.missing.length} 项` },
        ]}
      />
      <Typography.Paragraph style={{ color: '#595959' }}>
        提交后系统按本批次报名条件逐条判定；符合条件的进入审核，审核期间不能修改。{resubmit && application.returned ? `请在 ${formatDateTime(application.returned.correctBy)} 前重新提交。` : `报名截止 ${formatDateTime(round.signupClosesAt)}。`}
      </Typography.Paragraph>
      <Button type="primary" onClick={() => setConfirming(true)} loading={submit.isPending}>
        {resubmit ? '重新提交报名' : '提交报名'}
      </Button>
      <Modal
        open={confirming}
        title={resubmit ? '确认重新提交报名？' : '确认提交报名？'}
        okText="确认提交"
        cancelText="再检查一下"
        confirmLoading={submit.isPending}
        onOk={() => submit.mutate()}
        onCancel={() => setConfirming(false)}
      >
        <p>提交后，报名信息、材料和志愿在审核期间不能修改。请确认所填信息真实准确，弄虚作假的将取消报名和录取资格。</p>
        {round.adjustmentOffered && <p>您选择了{application.acceptsAdjustment ? '同意调剂' : '不同意调剂'}。{ADJUSTMENT_NOTICE}</p>}
      </Modal>
    </Card>
  );
}

/** The steps of a draft or a returned application: profile, documents, choices, submit. */
function EditSteps({ round, application, step, setStep }: { round: Round; application: Application | undefined; step: number; setStep: (step: number) => void }) {
  const current = application ? step : 0;
  return (
    <>
      <Steps
        current={current}
        onChange={application ? setStep : undefined}
        responsive
        size="small"
        style={{ marginBottom: 16 }}
        items={[{ title: '报名信息' }, { title: '上传材料' }, { title: '填报志愿' }, { title: '提交' }].map((item, index) => ({ ...item, disabled: !application && index > 0 }))}
      />
      {current === 0 && <ProfileForm round={round} application={application} onSaved={() => setStep(1)} />}
      {application && current === 1 && <DocumentsStep round={round} application={application} onNext={() => setStep(2)} />}
      {application && current === 2 && <ChoicesStep round={round} application={application} onSaved={() => setStep(3)} />}
      {application && current === 3 && <SubmitStep round={round} application={application} />}
    </>
  );
}

function ApplicationSection({ round, application }: { round: Round; application: Application | undefined }) {
  // Kept here: creating the draft must not send the applicant back to the first step.
  const [step, setStep] = useState(0);
  if (!application) {
    if (!round.signupOpen)
      return <Alert type="info" showIcon message={new Date(round.signupOpensAt).getTime() > serverNow() ? `报名将于 ${formatDateTime(round.signupOpensAt)} 开始。` : '本批次报名已截止。'} />;
    return <EditSteps round={round} application={undefined} step={step} setStep={setStep} />;
  }
  const submitted = application.status !== 'DRAFT';
  const showResults = application.status === 'APPROVED' || application.status === 'CONFIRMED' || application.stage === 'AFTER_ADMISSION';
  return (
    <>
      <Card title={h3('我的报名')} style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'status', label: '状态', children: <StateTag tone={STATUS_TONE[application.status]}>{application.statusLabel.zh}</StateTag> },
            { key: 'type', label: '报名类别', children: APPLICANT_TYPE[application.applicantType].label },
            { key: 'submitted', label: '提交时间', children: formatDateTime(application.submittedAt) },
            { key: 'choices', label: '志愿', children: application.choices.map((choice) => `${choice.order}. ${choice.baseName}`).join('；') || '尚未填报' },
          ]}
        />
        {application.status === 'RETURNED' && application.returned && (
          <Alert
            type="warning"
            showIcon
            role="alert"
            style={{ marginTop: 12 }}
            message={`报名被退回修改：${application.returned.reason}`}
            description={`请于 ${formatDateTime(application.returned.correctBy)} 前按要求修改后重新提交（${countdown(application.returned.correctBy)}），逾期未修改的视为自动放弃。`}
          />
        )}
        {application.status === 'REJECTED' && application.rejected && (
          <Alert type="error" showIcon style={{ marginTop: 12 }} message={`审核不通过：${application.rejected.reason}`} />
        )}
        {application.status === 'WITHDRAWN' && <Alert type="info" showIcon style={{ marginTop: 12 }} message="退回后未在截止时间前修改，报名视为自动放弃。" />}
      </Card>
      {showResults && <ResultsCard round={round} />}
      {submitted && <ReviewTimelineCard round={round} application={application} />}
      {submitted && application.verdict && <VerdictCard verdict={application.verdict} />}
      {application.editable ? (
        <EditSteps round={round} application={application} step={step} setStep={setStep} />
      ) : (
        <DocumentsStep round={round} application={application} />
      )}
    </>
  );
}

/** One round: its plan, and the applicant's application in it (started, filled in, submitted, reviewed, admitted). */
export default function RoundPage() {
  const { roundId } = useParams();
  const id = Number(roundId);
  const { user } = useSession();
  const applicant = user?.traineeId === null;
  const round = useRound(id);
  const mine = useMyApplications(applicant);
  const application = mine.data?.find((each) => each.roundId === id);
  const submitted = application !== undefined && application.submittedAt !== null;
  if (!Number.isInteger(id) || id <= 0) return <Result status="404" title="招录批次不存在" />;
  return (
    <div>
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        <Link to="/candidate/recruitment">← 返回招录报名</Link>
      </Typography.Paragraph>
      <Typography.Title level={2}>{round.data?.name ?? '招录批次'}</Typography.Title>
      <ErrorAlert error={round.error ?? mine.error} />
      {round.isPending ? (
        <Spin aria-label="正在加载招录批次" />
      ) : round.data ? (
        <>
          {/* Once submitted, where the application stands comes first; before, the plan the applicant chooses from. */}
          {!submitted && <RoundCard round={round.data} />}
          {applicant ? (
            mine.isPending ? <Spin aria-label="正在加载我的报名" /> : !mine.error && <ApplicationSection round={round.data} application={application} />
          ) : (
            <Alert type="info" showIcon message="结业考核考生账号不能报名招录。报名请另行注册招录报名账号。" />
          )}
          {submitted && <RoundCard round={round.data} />}
        </>
      ) : null}
    </div>
  );
}
