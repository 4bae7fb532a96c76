import { Button, Table, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDate, formatDateTime } from '../../../format/time';
import { subjectLabel } from './labels';
import { useSessions, type SessionView } from './session-picker';
import { useNow } from './use-now';
import { ToneTag, type Tone } from './tone-tag';
import { PageTitle } from './page-title';

/** Where a session stands now, by its windows (Beijing instants compare as instants). */
function phase(session: SessionView, now: number): { label: string; color: Tone } {
  const at = (iso: string) => new Date(iso).getTime();
  if (now < at(session.signupWindow.opensAt)) return { label: '报名未开始', color: 'plain' };
  if (now < at(session.signupWindow.closesAt)) return { label: '报名中', color: 'green' };
  if (now < at(session.reviewWindow.closesAt)) return { label: '审核中', color: 'blue' };
  const lastExam = Math.max(...session.subjects.map((s) => at(s.exam.closesAt)));
  if (now < lastExam) return { label: '考核准备与考试', color: 'orange' };
  return { label: '考试已结束', color: 'plain' };
}

function Window({ window }: { window: { opensAt: string; closesAt: string } }) {
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {formatDateTime(window.opensAt)}
      <br />至 {formatDateTime(window.closesAt)}
    </span>
  );
}

/** The centre's list of assessment sessions with their calendars; each opens in the editor. */
export default function SessionListPage() {
  const sessions = useSessions();
  const navigate = useNavigate();
  const now = useNow();
  return (
    <>
      <PageTitle
        extra={
          <Button type="primary" onClick={() => void navigate('/centre/sessions/new')}>
            新建考核批次
          </Button>
        }
      >
        考核批次
      </PageTitle>
      <Typography.Paragraph style={{ color: '#595959' }}>时间均为北京时间；截止时刻本身不在时间段内。点击批次名称查看或修改设置。</Typography.Paragraph>
      <ErrorAlert error={sessions.error} />
      <Table<SessionView>
        rowKey="id"
        loading={sessions.isPending}
        dataSource={sessions.data ?? []}
        pagination={false}
        scroll={{ x: 960 }}
        columns={[
          {
            title: '批次',
            key: 'name',
            width: 260,
            render: (_, s) => (
              <>
                <Link to={`/centre/sessions/${s.id}`}>{s.name}</Link>
                <div style={{ color: '#595959', fontSize: 12 }}>
                  {s.code} · {s.year} 年度 · 第 {s.version} 版
                </div>
              </>
            ),
          },
          { title: '状态', key: 'phase', render: (_, s) => <ToneTag tone={phase(s, now).color}>{phase(s, now).label}</ToneTag> },
          { title: '报名时间', key: 'signup', render: (_, s) => <Window window={s.signupWindow} /> },
          { title: '审核时间', key: 'review', render: (_, s) => <Window window={s.reviewWindow} /> },
          {
            title: '招考范围',
            key: 'admitted',
            render: (_, s) => (
              <span style={{ whiteSpace: 'nowrap' }}>
                {s.admittedRotationEndYears.from}–{s.admittedRotationEndYears.to} 年结束轮转
                <br />
                须在 {formatDate(s.rotationCutoff)} 前结束
              </span>
            ),
          },
          {
            title: '科目',
            key: 'subjects',
            render: (_, s) => (
              <span>
                {[...s.subjects].sort((a, b) => b.subject.localeCompare(a.subject)).map((subject) => (
                  <div key={subject.subject} style={{ whiteSpace: 'nowrap' }}>
                    {subjectLabel(subject.subject)}
                  </div>
                ))}
              </span>
            ),
          },
        ]}
      />
    </>
  );
}
