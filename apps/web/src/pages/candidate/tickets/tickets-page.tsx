import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Descriptions, Empty, Row, Spin, Typography } from 'antd';
import { api, download, type Schemas } from '../../../api/client';
import { ApiError } from '../../../api/errors';
import { ErrorAlert } from '../../../components/error-alert';
import { countdown } from '../../../format/time';
import { CancellationNotice } from '../shared/cancellation-notice';
import { STATUS_TONE, SUBJECT_LABEL, type Subject } from '../shared/labels';
import { useSessionChoice } from '../shared/queries';
import { NATIONAL_SITE, sessionSubjects } from '../shared/session-dates';
import { SessionPicker } from '../shared/session-picker';
import { StateTag } from '../shared/state-tag';
import { formatClosing, formatOpening, formatWindow, phaseOf, useNow } from '../shared/time';
import { MySeat } from './my-seat';

type SessionView = Schemas['SessionView'];
type SubjectEntry = ReturnType<typeof sessionSubjects>[number];

/** What to do after a refusal of the ticket download, beyond the API's message. */
function ticketRemedy(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  switch (error.code) {
    case 'TICKET_NOT_READY':
      return '准考证正在生成或更新（例如考场安排刚有调整），请过几分钟再下载。';
    case 'TICKET_NOT_FOUND':
      return '没有找到您这一科的准考证：可能尚未安排考场。请联系您的培训基地或全科中心。';
    case 'TICKET_WINDOW_NOT_OPEN':
    case 'TICKET_WINDOW_CLOSED':
      return '以服务器时间为准。';
    case 'SESSION_IS_CANCELLED':
    case 'SESSION_SUBJECT_IS_CANCELLED':
      return '考试已取消，准考证已作废。后续安排将通过消息中心另行通知。';
    default:
      return null;
  }
}

function NationalSiteTicket({ entry, now }: { entry: SubjectEntry; now: number }) {
  const phase = phaseOf(entry.ticketWindow, now);
  return (
    <>
      <Alert
        type="info"
        showIcon
        message={`${SUBJECT_LABEL[entry.subject]}准考证不在本平台打印`}
        description={
          <>
            <p style={{ margin: '4px 0' }}>
              专业理论考试为全国统考（人机对话），请于 <strong>{formatWindow(entry.ticketWindow)}</strong> 通过姓名和证件编号登录
              {NATIONAL_SITE.name}（{NATIONAL_SITE.url}）打印准考证，具体考试地点见准考证。
            </p>
            <p style={{ margin: '4px 0' }}>须已在{NATIONAL_SITE.name}报名，且报考信息、照片与本平台一致；未在该网站报名者无法参加考试。</p>
          </>
        }
      />
      <div style={{ marginTop: 12, display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center' }}>
        <Button href={NATIONAL_SITE.url} target="_blank" rel="noreferrer" style={{ textDecoration: 'none' }}>
          前往{NATIONAL_SITE.name}
        </Button>
        <span style={{ color: '#595959' }}>
          {phase === 'BEFORE' ? `距开放打印${countdown(entry.ticketWindow.opensAt, now)}` : phase === 'OPEN' ? `现在可以打印，距截止${countdown(entry.ticketWindow.closesAt, now)}` : '打印时间已结束'}
        </span>
      </div>
    </>
  );
}

function PlatformTicket({ session, entry, approved, now }: { session: SessionView; entry: SubjectEntry; approved: boolean; now: number }) {
  const phase = phaseOf(entry.ticketWindow, now);
  const fetchTicket = useMutation({
    mutationFn: () =>
      download(api.GET('/me/tickets/{sessionId}/{subject}', { params: { path: { sessionId: session.id, subject: entry.subject } }, parseAs: 'blob' }), `准考证-${SUBJECT_LABEL[entry.subject]}.pdf`),
  });
  const remedy = ticketRemedy(fetchTicket.error);
  if (phase === 'BEFORE')
    return (
      <div>
        <div style={{ fontSize: 16 }}>
          准考证 <strong>{formatOpening(entry.ticketWindow.opensAt)}</strong> 起可在本页下载打印
        </div>
        <div style={{ fontSize: 20, color: '#0958d9', margin: '4px 0' }} data-testid={`ticket-countdown-${entry.subject}`}>
          {countdown(entry.ticketWindow.opensAt, now)}
        </div>
        <div style={{ color: '#595959' }}>考核的具体时间和安排提前一周在本平台公布并发到消息中心，不再电话通知。</div>
      </div>
    );
  if (phase === 'AFTER') return <Alert type="warning" showIcon message={`准考证打印时间已于 ${formatClosing(entry.ticketWindow.closesAt)} 结束`} description="如未打印，请尽快联系您的培训基地。" />;
  if (!approved) return <Alert type="warning" showIcon message="资格审核通过（全科中心复审通过）后才能打印准考证" />;
  return (
    <div>
      <ErrorAlert error={fetchTicket.error} />
      {remedy && <Typography.Paragraph style={{ marginTop: -8 }}>{remedy}</Typography.Paragraph>}
      <Button type="primary" size="large" loading={fetchTicket.isPending} onClick={() => fetchTicket.mutate()}>
        下载准考证（PDF）
      </Button>
      <div style={{ marginTop: 8 }}>
        {formatClosing(entry.ticketWindow.closesAt)} 截止（{countdown(entry.ticketWindow.closesAt, now)}）。请用 A4 纸打印，考核时携带准考证和身份证件原件。
      </div>
      <div style={{ color: '#595959', marginTop: 4 }}>准考证上有考点、时间、站组和二维码；考场安排如有调整会重新生成，请以最新下载的为准。</div>
    </div>
  );
}

/** TK-1: each subject's ticket inside its window, a countdown before it, and the national-site note for THEORY. */
export default function TicketsPage() {
  const now = useNow();
  const choice = useSessionChoice(now);
  const { session, signup } = choice;
  const approved = signup?.status === 'APPROVED';
  const subjects: Subject[] | undefined = signup && signup.subjects.length > 0 ? signup.subjects : undefined;
  // FA-12: a called-off subject has no ticket; its card says so instead of offering a download.
  const cancelled = new Set<Subject>(session?.cancellations.map((c) => c.subject) ?? []);
  return (
    <>
      <Typography.Title level={2}>准考证</Typography.Title>
      <ErrorAlert error={choice.error} />
      {choice.isPending ? (
        <Spin size="large" style={{ display: 'block', margin: '48px auto' }} aria-label="正在加载" />
      ) : !session ? (
        <Empty description="目前没有考核批次。" />
      ) : (
        <>
          <SessionPicker sessions={choice.sessions} value={session.id} onChange={choice.choose} />
          <Typography.Paragraph>
            <strong style={{ marginInlineEnd: 12 }}>{session.name}</strong>报名状态：{signup ? <StateTag tone={STATUS_TONE[signup.status]}>{signup.statusLabel.zh}</StateTag> : <StateTag tone="grey">未报名</StateTag>}
          </Typography.Paragraph>
          <CancellationNotice session={session} signup={signup} />
          {!approved && !session.cancelled && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              message="只有资格审核通过（全科中心复审通过）的考生才能打印准考证"
              description={signup ? '您的报名尚未通过全科中心复审。下面是各科准考证的打印时间，供您安排。' : '您没有报名本批次。下面是各科准考证的打印时间。'}
            />
          )}
          <Row gutter={[16, 16]}>
            {sessionSubjects(session)
              .filter((entry) => !subjects || subjects.includes(entry.subject) || signup?.cancelledSubjects.includes(entry.subject))
              .map((entry) => (
                <Col xs={24} lg={12} key={entry.subject}>
                  <Card title={<h3 style={{ margin: 0, fontSize: 16 }}>{SUBJECT_LABEL[entry.subject]}</h3>} style={{ height: '100%' }}>
                    <Descriptions
                      column={1}
                      size="small"
                      style={{ marginBottom: 16 }}
                      items={[
                        { key: 'ticket', label: '准考证打印', children: formatWindow(entry.ticketWindow) },
                        { key: 'exam', label: entry.subject === 'THEORY' ? '考试时间' : '考核时间', children: `${formatWindow(entry.exam)}${entry.subject === 'SKILLS' ? '（具体场次见准考证）' : ''}` },
                        { key: 'where', label: '打印地点', children: entry.ticketMode === 'NATIONAL_SITE' ? NATIONAL_SITE.name : '本平台' },
                      ]}
                    />
                    {approved && !cancelled.has(entry.subject) && entry.subject === 'SKILLS' && entry.ticketMode === 'PLATFORM' && <MySeat sessionId={session.id} />}
                    {cancelled.has(entry.subject) ? (
                      <Alert type="error" showIcon message={`${SUBJECT_LABEL[entry.subject]}已取消`} description="本科目考试已取消，准考证作废，请勿打印或持旧准考证参加考试。" />
                    ) : entry.ticketMode === 'NATIONAL_SITE' ? (
                      <NationalSiteTicket entry={entry} now={now} />
                    ) : (
                      <PlatformTicket session={session} entry={entry} approved={approved} now={now} />
                    )}
                  </Card>
                </Col>
              ))}
          </Row>
        </>
      )}
    </>
  );
}
