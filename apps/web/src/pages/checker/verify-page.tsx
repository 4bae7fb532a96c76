import { useQuery } from '@tanstack/react-query';
import { Spin } from 'antd';
import { useParams } from 'react-router';
import { api, call } from '../../api/client';
import { useSession } from '../../session/session';
import { VerificationCard, VerificationFailure } from './verification-card';

/**
 * What a phone's camera opens from the QR code on a ticket: genuine or not, current or superseded or withdrawn,
 * with the name, the masked ID number and the photo to compare with the person. Public: the token is the proof.
 * A logged-in exam-site checker's look is recorded (who, which ticket, when).
 */
export default function VerifyPage() {
  const { token = '' } = useParams();
  const { ready, role } = useSession();
  const asChecker = role === 'CHECKER';
  const verification = useQuery({
    queryKey: ['verify', token, asChecker],
    enabled: ready,
    queryFn: () => (asChecker ? call(api.POST('/checker/verifications', { body: { token } })) : call(api.GET('/verify/{token}', { params: { path: { token } } }))),
  });
  if (verification.isPending) return <Spin size="large" style={{ display: 'block', margin: '64px auto' }} aria-label="正在核验" />;
  if (verification.isError) return <VerificationFailure error={verification.error} />;
  return <VerificationCard ticket={verification.data} />;
}
