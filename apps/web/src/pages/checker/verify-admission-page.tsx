import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Result, Spin } from 'antd';
import { useParams } from 'react-router';
import { api, call, type Schemas } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { ReadableTag } from '../../components/readable-tag';

type Verification = Schemas['AdmissionNoticeVerification'];

/** A place still held (waiting for the trainee, or taken up) reads as valid; a lost one says so. */
const HELD: ReadonlySet<Verification['status']> = new Set(['ADMITTED', 'REPORTED']);

/**
 * What a phone's camera opens from the QR code on an admission notice (录取通知书): the notice is genuine, whose it
 * is and where, and whether the place still stands. Public: the token is the proof.
 */
export default function VerifyAdmissionPage() {
  const { token = '' } = useParams();
  const verification = useQuery({
    queryKey: ['verify-admission', token],
    queryFn: () => call(api.GET('/recruitment/notices/verify/{token}', { params: { path: { token } } })),
  });
  if (verification.isPending) return <Spin size="large" style={{ display: 'block', margin: '64px auto' }} aria-label="正在核验" />;
  if (verification.isError) {
    return (
      <Card style={{ maxWidth: 480, margin: '0 auto' }}>
        <Result status="error" title={<h2 style={{ fontSize: 22, margin: 0 }}>无法核验此录取通知书</h2>} subTitle="二维码不是本平台签发的，或已被篡改。" />
        <ErrorAlert error={verification.error} />
      </Card>
    );
  }
  const notice = verification.data;
  const held = HELD.has(notice.status);
  return (
    <Card style={{ maxWidth: 480, margin: '0 auto' }} styles={{ body: { padding: 16 } }}>
      <Result
        status={held ? 'success' : 'warning'}
        title={<h2 style={{ fontSize: 22, margin: 0 }}>{held ? '录取通知书真实有效' : '录取通知书真实，但录取资格已不存在'}</h2>}
        subTitle={`当前状态：${notice.statusText}`}
        style={{ padding: '8px 0 16px' }}
      />
      <Descriptions column={1} bordered size="small" styles={{ label: { width: 96 } }}>
        <Descriptions.Item label="姓名">
          <span style={{ fontSize: 18 }}>{notice.name}</span>
        </Descriptions.Item>
        <Descriptions.Item label="证件号码">{notice.idMasked}</Descriptions.Item>
        <Descriptions.Item label="招录批次">{notice.roundName}</Descriptions.Item>
        <Descriptions.Item label="培训基地">{notice.baseName}</Descriptions.Item>
        <Descriptions.Item label="状态">
          <ReadableTag tone={held ? 'green' : 'orange'}>{notice.statusText}</ReadableTag>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
