import { Alert } from 'antd';
import { Link } from 'react-router';
import type { Schemas } from '../../../api/client';
import { formatDateTime } from '../../../format/time';
import { SUBJECT_LABEL, subjectsText } from './labels';

/**
 * FA-12: what the centre called off in this session (when, why), and what that did to the candidate's own
 * sign-up and tickets. Nothing is shown while the session stands as planned.
 */
export function CancellationNotice({ session, signup }: { session: Schemas['SessionView']; signup: Schemas['SignupView'] | undefined }) {
  if (session.cancellations.length === 0) return null;
  const mine = signup?.cancelledSubjects ?? [];
  const title = session.cancelled ? '本次结业考核已取消' : `${subjectsText(session.cancellations.map((c) => c.subject))}已取消`;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="cancellation-notice"
      style={{ marginBottom: 16 }}
      message={title}
      description={
        <>
          {session.cancellations.map((c) => (
            <p key={c.subject} style={{ margin: '4px 0' }}>
              {SUBJECT_LABEL[c.subject]}：全科中心于 {formatDateTime(c.cancelledAt)} 取消，原因：{c.reason}。
            </p>
          ))}
          {mine.length > 0 && (
            <p style={{ margin: '4px 0' }}>
              您报考的{subjectsText(mine)}随之取消，相应准考证已作废，不能再打印或使用。
              {signup && signup.subjects.length > 0 ? `您仍报考${subjectsText(signup.subjects)}，不受影响。` : '您本批次的报名随之取消，这不是您的原因。'}
            </p>
          )}
          <p style={{ margin: '4px 0' }}>
            后续安排将通过<Link to="/candidate/messages">消息中心</Link>另行通知，请留意。
          </p>
        </>
      }
    />
  );
}
