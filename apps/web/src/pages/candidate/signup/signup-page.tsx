import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Col, Descriptions, Empty, Modal, Popconfirm, Row, Space, Spin, Steps, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, call, type Schemas } from '../../../api/client';
import { ApiError } from '../../../api/errors';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDateTime } from '../../../format/time';
import { CancellationNotice } from '../shared/cancellation-notice';
import { STATUS_TONE, subjectsText, type Subject } from '../shared/labels';
import { nextStep } from '../shared/next-step';
import { NextStepAlert } from '../shared/next-step-alert';
import { KEYS, useProfile, useSessionChoice } from '../shared/queries';
import { NATIONAL_SITE } from '../shared/session-dates';
import { SessionPicker } from '../shared/session-picker';
import { StateTag } from '../shared/state-tag';
import { formatClosing, phaseOf, useNow } from '../shared/time';
import { ReviewHistory } from './review-history';
import { signupTimeline } from './signup-timeline';
import { initialSubjects, subjectOptions, type SubjectOption } from './subject-choice';
import { VerdictList } from './verdict-list';

type SessionView = Schemas['SessionView'];
type SignupView = Schemas['SignupView'];

/** The window a change is judged against: the sign-up window, or for a returned sign-up until review closes (FA-8). */
function editWindow(session: SessionView, signup: SignupView | undefined) {
  return signup?.status === 'RETURNED' ? { opensAt: session.signupWindow.opensAt, closesAt: session.reviewWindow.closesAt } : session.signupWindow;
}

/** The verdict a refused submit carried in its details (SIGNUP_NOT_ELIGIBLE, SUBJECTS_INVALID, PHOTO_REQUIRED, …). */
function refusedVerdict(error: unknown): Schemas['EligibilityVerdict'] | null {
  if (!(error instanceof ApiError) || typeof error.details !== 'object' || error.details === null) return null;
  const verdict = (error.details as { verdict?: Schemas['EligibilityVerdict'] }).verdict;
  return verdict && Array.isArray(verdict.checks) ? verdict : null;
}

function SubjectChoice({ options, value, onChange, disabled }: { options: SubjectOption[]; value: Subject[]; onChange: (next: Subject[]) => void; disabled: boolean }) {
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <legend style={{ fontSize: 15, fontWeight: 600, marginBottom: 8, border: 0 }}>报考科目</legend>
      {options.map((option) => (
        <div key={option.subject} style={{ marginBottom: 8 }}>
          <Checkbox
            checked={value.includes(option.subject)}
            disabled={disabled || !option.allowed || option.required}
            onChange={(event) => onChange(event.target.checked ? [...value, option.subject] : value.filter((subject) => subject !== option.subject))}
            aria-describedby={`subject-reason-${option.subject}`}
          >
            <span style={{ color: option.allowed ? '#262626' : '#595959' }}>{option.label}</span>
          </Checkbox>
          <div id={`subject-reason-${option.subject}`} style={{ marginInlineStart: 24, fontSize: 13, color: '#595959' }}>
            {option.reason}
          </div>
        </div>
      ))}
    </fieldset>
  );
}

function Timeline({ session, signup, now }: { session: SessionView; signup: SignupView | undefined; now: number }) {
  const steps = signupTimeline(session, signup, now);
  const current = Math.max(
    0,
    steps.findIndex((step) => step.state === 'process' || step.state === 'error'),
  );
  return (
    <Card title={<h3 style={{ margin: 0, fontSize: 16 }}>报名进度</h3>}>
      <Steps
          direction="vertical"
        size="small"
        current={current}
        items={steps.map((step) => ({
          title: step.title,
          status: step.state,
          description: step.lines.length > 0 ? step.lines.map((line) => <div key={line}>{line}</div>) : undefined,
        }))}
      />
    </Card>
  );
}

function ConfirmContent({ session, subjects, profile }: { session: SessionView; subjects: Subject[]; profile: Schemas['TraineeView'] | undefined }) {
  return (
    <>
      <Typography.Paragraph>请核对以下信息。提交后在审核前、报名截止前可以撤回修改；审核开始后不能再修改。</Typography.Paragraph>
      <Descriptions
        column={1}
        size="small"
        bordered
        items={[
          { key: 'session', label: '考核批次', children: session.name },
          { key: 'subjects', label: '报考科目', children: subjectsText(subjects) },
          { key: 'name', label: '姓名', children: profile?.name ?? '—' },
          { key: 'id', label: '证件号码', children: profile?.idNumberMasked ?? '—' },
          { key: 'phone', label: '联系电话', children: profile?.phone ?? '—' },
          { key: 'photo', label: '证件照', children: profile?.hasPhoto ? '已上传' : '未上传' },
        ]}
      />
      {subjects.includes('THEORY') && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          message={`还须在${NATIONAL_SITE.name}报名`}
          description={`报考专业理论考试，还须在规定时间内登录${NATIONAL_SITE.name}（${NATIONAL_SITE.url}）报名，信息和照片须与本平台一致，漏报者无法参加考试。`}
        />
      )}
      <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>提交即表示您承诺所填信息真实准确；提供虚假信息者，一经查实即取消考试资格。</Typography.Paragraph>
    </>
  );
}

function SignupForm({ session, signup, now }: { session: SessionView; signup: SignupView | undefined; now: number }) {
  const queryClient = useQueryClient();
  const profile = useProfile();
  const [chosen, setChosen] = useState<Subject[] | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const editable = !signup || signup.status === 'DRAFT' || signup.status === 'RETURNED';
  const window = editWindow(session, signup);
  const windowPhase = phaseOf(window, now);

  const preview = useQuery({
    queryKey: KEYS.eligibility(session.id, chosen),
    queryFn: () =>
      call(
        api.GET('/sessions/{id}/eligibility', {
          params: { path: { id: session.id }, query: chosen && chosen.length > 0 ? { subjects: chosen } : {} },
          querySerializer: { array: { style: 'form', explode: false } },
        }),
      ),
    enabled: editable,
    placeholderData: keepPreviousData,
  });
  const standing = preview.data?.subjects ?? signup?.verdict?.subjects;
  const options = standing ? subjectOptions(session, standing) : [];
  const subjects = chosen ?? initialSubjects(options, signup);

  const done = (text: string) => (view: unknown) => {
    void view;
    setNotice(text);
    setChosen(null);
    void queryClient.invalidateQueries({ queryKey: KEYS.signups });
    void queryClient.invalidateQueries({ queryKey: ['sessions', session.id, 'eligibility'] });
  };
  const draft = useMutation({
    mutationFn: () => call(api.PUT('/me/signups/{sessionId}/draft', { params: { path: { sessionId: session.id } }, body: { subjects } })),
    onSuccess: done(
      signup?.status === 'RETURNED'
        ? `修改已保存，但还没有重新提交。请在 ${formatClosing(session.reviewWindow.closesAt)} 前点击“重新提交报名”。`
        : '草稿已保存。草稿不算报名，请在截止前提交。',
    ),
  });
  const submit = useMutation({
    mutationFn: () => call(api.POST('/me/signups/{sessionId}/submit', { params: { path: { sessionId: session.id } }, body: { subjects } })),
    onSuccess: (view) => {
      setConfirming(false);
      done(`${view.statusLabel.zh}。这才表示报名成功；审核结果会显示在本页和首页。`)(view);
    },
    onError: () => {
      setConfirming(false);
      void queryClient.invalidateQueries({ queryKey: ['sessions', session.id, 'eligibility'] });
    },
  });
  const withdraw = useMutation({
    mutationFn: () => call(api.POST('/me/signups/{sessionId}/withdraw', { params: { path: { sessionId: session.id } } })),
    onSuccess: done(`已撤回，报名变回草稿（不算报名）。请在 ${formatClosing(session.signupWindow.closesAt)} 前重新提交。`),
  });
  const busy = draft.isPending || submit.isPending || withdraw.isPending;
  const error = submit.error ?? draft.error ?? withdraw.error;
  const refused = refusedVerdict(submit.error);
  const canWithdraw = signup?.status === 'SUBMITTED' && phaseOf(session.signupWindow, now) === 'OPEN';
  const shownVerdict = editable ? (refused ?? preview.data) : signup?.verdict;
  // Submitting what the rules already refuse only earns a refusal (and, for FA-3, the retraining mark).
  const ineligible = editable && !preview.isFetching && preview.data !== undefined && !preview.data.eligible;

  return (
    <>
      {notice && <Alert type="success" showIcon role="status" style={{ marginBottom: 16 }} message={notice} closable onClose={() => setNotice(null)} />}
      <ErrorAlert error={error} />
      {editable && (
        <Card title={<h3 style={{ margin: 0, fontSize: 16 }}>{signup?.status === 'RETURNED' ? '修改并重新提交' : '报考科目与提交'}</h3>} style={{ marginBottom: 16 }}>
          {windowPhase !== 'OPEN' && (
            <Alert
              type={windowPhase === 'BEFORE' ? 'info' : 'error'}
              showIcon
              style={{ marginBottom: 12 }}
              message={windowPhase === 'BEFORE' ? `报名尚未开始，${formatDateTime(window.opensAt)} 开始` : `已过 ${formatClosing(window.closesAt)}，不能再报名或修改（漏报、逾期不予补报）`}
            />
          )}
          {options.length > 0 ? (
            <SubjectChoice options={options} value={subjects} onChange={setChosen} disabled={windowPhase !== 'OPEN' || busy} />
          ) : (
            <Spin aria-label="正在读取可报考的科目" />
          )}
          {subjects.includes('THEORY') && (
            <Alert
              type="info"
              showIcon
              style={{ margin: '8px 0 12px' }}
              message={`报考专业理论考试的考生，还须在${NATIONAL_SITE.name}报名`}
              description={
                <>
                  请在规定时间内登录
                  <a href={NATIONAL_SITE.url} target="_blank" rel="noreferrer">
                    {NATIONAL_SITE.name}
                  </a>
                  报名，报考信息、照片须与本平台一致，漏报者无法参加考试（仅报考临床实践技能考核的考生只需在本平台报名）。
                </>
              }
            />
          )}
          {ineligible && (
            <div style={{ color: '#a8071a', margin: '8px 0' }}>按下面的资格判定，有不符合的条件，暂不能提交。请先按每项的“怎么办”处理。</div>
          )}
          <Space wrap style={{ marginTop: 8 }}>
            <Button type="primary" disabled={windowPhase !== 'OPEN' || subjects.length === 0 || ineligible} loading={submit.isPending} onClick={() => setConfirming(true)}>
              {signup?.status === 'RETURNED' ? '重新提交报名' : '提交报名'}
            </Button>
            <Button disabled={windowPhase !== 'OPEN' || subjects.length === 0} loading={draft.isPending} onClick={() => draft.mutate()}>
              保存草稿
            </Button>
          </Space>
          {subjects.length === 0 && options.length > 0 && <div style={{ color: '#a8071a', marginTop: 8 }}>请至少选择一个科目。</div>}
        </Card>
      )}
      {canWithdraw && (
        <Card style={{ marginBottom: 16 }}>
          <Typography.Paragraph style={{ marginTop: 0 }}>
            培训基地审核之前、报名截止（{formatClosing(session.signupWindow.closesAt)}）之前，您可以撤回报名进行修改。撤回后报名变回草稿，<strong>不算报名</strong>，须重新提交。
          </Typography.Paragraph>
          <Popconfirm
            title="撤回报名？"
            description={`撤回后须在 ${formatClosing(session.signupWindow.closesAt)} 前重新提交，否则视为未报名。`}
            okText="撤回"
            cancelText="不撤回"
            onConfirm={() => withdraw.mutate()}
          >
            <Button danger loading={withdraw.isPending}>
              撤回报名
            </Button>
          </Popconfirm>
        </Card>
      )}
      <Card
        title={<h3 style={{ margin: 0, fontSize: 16 }}>资格判定</h3>}
        extra={preview.isFetching ? <Spin size="small" aria-label="正在重新判定" /> : undefined}
        style={{ marginBottom: 16 }}
      >
        <ErrorAlert error={preview.error} />
        {shownVerdict ? (
          <VerdictList
            verdict={shownVerdict}
            caption={
              editable
                ? refused
                  ? `这是提交被拒绝时的判定（${formatDateTime(refused.evaluatedAt)}，规则版本 ${refused.ruleSetVersion}）。`
                  : `按当前所选科目和您的培训记录即时判定（${formatDateTime(shownVerdict.evaluatedAt)}，规则版本 ${shownVerdict.ruleSetVersion}），提交时会再判定一次。`
                : `这是提交时的判定（${formatDateTime(shownVerdict.evaluatedAt)}，规则版本 ${shownVerdict.ruleSetVersion}），审核以此为依据。`
            }
          />
        ) : preview.isPending && editable ? (
          <Spin aria-label="正在判定" />
        ) : (
          <Empty description="没有资格判定记录" />
        )}
      </Card>
      <Modal
        open={confirming}
        title="核对后提交报名"
        okText="确认提交"
        cancelText="返回修改"
        confirmLoading={submit.isPending}
        onOk={() => submit.mutate()}
        onCancel={() => setConfirming(false)}
      >
        <ConfirmContent session={session} subjects={subjects} profile={profile.data} />
      </Modal>
    </>
  );
}

/** FA-1 … FA-9 for the candidate: the state and next step, the subjects, the verdict rule by rule, and the steps so far. */
export default function SignupPage() {
  const now = useNow();
  const choice = useSessionChoice(now);
  const { session, signup } = choice;
  return (
    <>
      <Typography.Title level={2}>考核报名</Typography.Title>
      <ErrorAlert error={choice.error} />
      {choice.isPending ? (
        <Spin size="large" style={{ display: 'block', margin: '48px auto' }} aria-label="正在加载" />
      ) : !session ? (
        <Empty description="目前没有考核批次。" />
      ) : (
        <>
          <SessionPicker sessions={choice.sessions} value={session.id} onChange={choice.choose} />
          <Typography.Paragraph>
            <strong style={{ marginInlineEnd: 12 }}>{session.name}</strong>状态：{signup ? <StateTag tone={STATUS_TONE[signup.status]}>{signup.statusLabel.zh}</StateTag> : <StateTag tone="grey">未报名</StateTag>}
            {signup && signup.subjects.length > 0 && <span style={{ marginInlineStart: 12 }}>报考科目：{subjectsText(signup.subjects)}</span>}
          </Typography.Paragraph>
          <CancellationNotice session={session} signup={signup} />
          <div style={{ marginBottom: 16 }}>
            <NextStepAlert step={nextStep(session, signup, now)} showAction={false} />
          </div>
          <Row gutter={[16, 16]}>
            <Col xs={{ span: 24, order: 1 }} lg={{ span: 15, order: 1 }}>
              <SignupForm key={session.id} session={session} signup={signup} now={now} />
            </Col>
            <Col xs={{ span: 24, order: 2 }} lg={{ span: 9, order: 2 }}>
              <Timeline session={session} signup={signup} now={now} />
              {signup && <ReviewHistory sessionId={session.id} signup={signup} />}
              <Typography.Paragraph style={{ marginTop: 12, color: '#595959' }}>
                审核结果会显示在本页，并发到<Link to="/candidate/messages">消息中心</Link>。考核安排在本平台公布，不再电话通知，请及时查看。
              </Typography.Paragraph>
            </Col>
          </Row>
        </>
      )}
    </>
  );
}
