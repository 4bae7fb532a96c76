import { Alert, Button, Card, Col, Empty, Row, Spin, Timeline, Typography } from 'antd';
import { Link } from 'react-router';
import type { Schemas } from '../../../api/client';
import { ErrorAlert } from '../../../components/error-alert';
import { countdown } from '../../../format/time';
import { STATUS_TONE, subjectsText } from '../shared/labels';
import { nextStep } from '../shared/next-step';
import { NextStepAlert } from '../shared/next-step-alert';
import { useProfile, useSessionChoice, useStanding, useUnreadCount } from '../shared/queries';
import { sessionDates, type SessionDate } from '../shared/session-dates';
import { SessionPicker } from '../shared/session-picker';
import { StateTag, type Tone } from '../shared/state-tag';
import { formatWindow, phaseOf, useNow, type Phase } from '../shared/time';
import { calendarEvents } from './calendar-events';
import { buildIcs } from './ics';
import { serverNow } from '../../../api/server-time';

const PHASE_TAG: Record<Phase, { label: string; tone: Tone }> = {
  BEFORE: { label: '未开始', tone: 'grey' },
  OPEN: { label: '进行中', tone: 'blue' },
  AFTER: { label: '已结束', tone: 'grey' },
};

/** "距报名截止还有 3 天 4 小时": what the countdown of each date counts to. */
function countdownText(date: SessionDate, now: number): string | null {
  const phase = phaseOf(date, now);
  if (phase === 'AFTER') return null;
  const opens = (what: string) => `距${what}${countdown(date.opensAt, now)}`;
  const closes = (what: string) => `距${what}${countdown(date.closesAt, now)}`;
  switch (date.kind) {
    case 'SIGNUP':
      return phase === 'BEFORE' ? opens('报名开始') : closes('报名截止');
    case 'REVIEW':
      return phase === 'BEFORE' ? opens('审核开始') : closes('审核结束');
    case 'TICKET':
      return phase === 'BEFORE' ? opens('开放打印') : `现在可以打印，${closes('截止')}`;
    case 'EXAM':
      return phase === 'BEFORE' ? opens('考试') : '考试进行中';
  }
}

function downloadCalendar(session: Schemas['SessionView'], dates: SessionDate[]): void {
  const text = buildIcs(calendarEvents(session, dates), { calendarName: session.name, stamp: new Date(serverNow()) });
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `结业考核日程-${session.code}.ics`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function DatesCard({ session, signup, now }: { session: Schemas['SessionView']; signup: Schemas['SignupView'] | undefined; now: number }) {
  // Once signed up, only the subjects signed up for; before, every subject of the session.
  const dates = sessionDates(session, signup && signup.subjects.length > 0 ? signup.subjects : undefined);
  return (
    <Card
      title={<h3 style={{ margin: 0, fontSize: 16 }}>我的考核日程</h3>}
      extra={
        <Button onClick={() => downloadCalendar(session, dates)} aria-label="添加到日历：下载 .ics 日历文件">
          添加到日历
        </Button>
      }
    >
      <Typography.Paragraph style={{ marginTop: 0, color: '#595959' }}>
        均为北京时间。“添加到日历”下载 .ics 文件，可导入手机或电脑日历，并在截止前一天提醒。
      </Typography.Paragraph>
      <Timeline
        items={dates.map((date) => {
          const phase = phaseOf(date, now);
          const left = countdownText(date, now);
          return {
            key: date.key,
            color: phase === 'OPEN' ? 'blue' : 'gray',
            children: (
              <div data-date={date.key}>
                <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
                  <strong>{date.title}</strong>
                  <StateTag tone={PHASE_TAG[phase].tone}>{PHASE_TAG[phase].label}</StateTag>
                </div>
                <div>{formatWindow(date)}</div>
                {left && <div style={{ color: phase === 'OPEN' ? '#0958d9' : '#595959' }}>{left}</div>}
              </div>
            ),
          };
        })}
      />
    </Card>
  );
}

function StatusCard({ session, signup, now }: { session: Schemas['SessionView']; signup: Schemas['SignupView'] | undefined; now: number }) {
  const standing = useStanding();
  return (
    <Card title={<h3 style={{ margin: 0, fontSize: 16 }}>报名状态</h3>}>
      <Typography.Paragraph style={{ marginTop: 0 }}>
        <strong>{session.name}</strong>
      </Typography.Paragraph>
      <Typography.Paragraph>
        状态：{' '}{signup ? <StateTag tone={STATUS_TONE[signup.status]}>{signup.statusLabel.zh}</StateTag> : <StateTag tone="grey">未报名</StateTag>}
        {signup && signup.subjects.length > 0 && <span style={{ display: 'inline-block' }}>报考科目：{subjectsText(signup.subjects)}</span>}
      </Typography.Paragraph>
      <NextStepAlert step={nextStep(session, signup, now, standing.data?.retraining)} />
    </Card>
  );
}

/** The candidate's first page: where their sign-up stands, what to do next, and every date with a countdown. */
export default function CandidateHomePage() {
  const now = useNow();
  const choice = useSessionChoice(now);
  const profile = useProfile();
  const unread = useUnreadCount();
  const { session, signup } = choice;
  const unreadCount = unread.data?.unread ?? 0;
  return (
    <>
      <Typography.Title level={2}>我的首页</Typography.Title>
      {profile.data && <Typography.Paragraph>{profile.data.name}，您好。这里是您结业考核的进度和日程。</Typography.Paragraph>}
      <ErrorAlert error={choice.error ?? profile.error} />
      {unreadCount > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={
            <>
              您有 <strong>{unreadCount}</strong> 条未读消息。<Link to="/candidate/messages">去消息中心查看</Link>
            </>
          }
        />
      )}
      {choice.isPending ? (
        <Spin size="large" style={{ display: 'block', margin: '48px auto' }} aria-label="正在加载" />
      ) : !session ? (
        <Empty description="目前没有考核批次。全科中心发布报名通知后，日程会显示在这里。" />
      ) : (
        <>
          <SessionPicker sessions={choice.sessions} value={session.id} onChange={choice.choose} />
          {profile.data && !profile.data.hasPhoto && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              message="您还没有上传照片"
              description={
                <>
                  报名须上传一张近期二寸白底彩色证件照。<Link to="/candidate/profile">去上传照片</Link>
                </>
              }
            />
          )}
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={10}>
              <StatusCard session={session} signup={signup} now={now} />
            </Col>
            <Col xs={24} lg={14}>
              <DatesCard session={session} signup={signup} now={now} />
            </Col>
          </Row>
        </>
      )}
    </>
  );
}
