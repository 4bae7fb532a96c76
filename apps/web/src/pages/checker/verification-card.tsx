import { Card, Descriptions, Image, Result } from 'antd';
import type { Schemas } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { ReadableTag, type TagTone } from '../../components/readable-tag';

type Verification = Schemas['TicketVerification'];

const VERDICT: Record<Verification['reason'], { status: 'success' | 'warning' | 'error'; title: string; hint: string }> = {
  CURRENT: { status: 'success', title: '准考证有效', hint: '请核对照片与本人、证件一致。' },
  SUPERSEDED: { status: 'warning', title: '准考证已作废：已有更新的版本', hint: '请考生出示最新打印的准考证。' },
  WITHDRAWN: { status: 'error', title: '准考证已撤销', hint: '该考生的报名已取消，不能参加本场考核。' },
  SIGNUP_NOT_APPROVED: { status: 'error', title: '报名未通过审核', hint: '该准考证对应的报名未获批准。' },
};

/** The verdict's colour on the status tag. */
const TAG_TONE: Record<'success' | 'warning' | 'error', TagTone> = { success: 'green', warning: 'orange', error: 'red' };

/** A verification as the checker reads it on a phone: the verdict large, then the person to compare. */
export function VerificationCard({ ticket }: { ticket: Verification }) {
  const verdict = VERDICT[ticket.reason];
  return (
    <Card style={{ maxWidth: 480, margin: '0 auto' }} styles={{ body: { padding: 16 } }}>
      <Result status={verdict.status} title={<h2 style={{ fontSize: 22, margin: 0 }}>{verdict.title}</h2>} subTitle={verdict.hint} style={{ padding: '8px 0 16px' }} />
      {ticket.photoDataUrl && (
        <div style={{ textAlign: 'center', marginBottom: 16 }}>
          <Image src={ticket.photoDataUrl} alt={`${ticket.name}的照片`} width={132} preview={false} />
        </div>
      )}
      <Descriptions column={1} bordered size="small" styles={{ label: { width: 96 } }}>
        <Descriptions.Item label="姓名">
          <span style={{ fontSize: 18 }}>{ticket.name}</span>
        </Descriptions.Item>
        <Descriptions.Item label="证件号码">{ticket.idNumberMasked}</Descriptions.Item>
        <Descriptions.Item label="准考证号">{ticket.ticketNumber}</Descriptions.Item>
        <Descriptions.Item label="状态">
          <ReadableTag tone={TAG_TONE[verdict.status]}>{ticket.current ? '当前有效' : '非当前版本'}</ReadableTag>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

/** A token that could not be verified. */
export function VerificationFailure({ error }: { error: unknown }) {
  return (
    <Card style={{ maxWidth: 480, margin: '0 auto' }}>
      <Result status="error" title="无法核验此准考证" subTitle="二维码不是本平台签发的，或已被篡改。" />
      <ErrorAlert error={error} />
    </Card>
  );
}
