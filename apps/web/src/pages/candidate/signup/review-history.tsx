import { useQuery } from '@tanstack/react-query';
import { Card, Timeline, Typography } from 'antd';
import { api, call, type Schemas } from '../../../api/client';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDateTime } from '../../../format/time';
import { KEYS } from '../shared/queries';

type Step = Schemas['ReviewStep'];

const COLOUR: Record<Step['kind'], string> = {
  SUBMITTED: 'blue',
  WITHDRAWN: 'gray',
  BASE_APPROVED: 'green',
  CENTRE_APPROVED: 'green',
  BASE_RETURNED: 'orange',
  BASE_REJECTED: 'red',
  CENTRE_REJECTED: 'red',
  CANCELLED_FALSE_INFORMATION: 'red',
  VOIDED_UNCORRECTED: 'red',
};

/**
 * FA-8, FA-9: every step of the sign-up as the API recorded it, oldest first: when, who (the base or the
 * centre, never a reviewer's name), what came of it and the reason given. The steps above say where the
 * sign-up stands; this is how it got there, an earlier return included.
 */
export function ReviewHistory({ sessionId, signup }: { sessionId: number; signup: Schemas['SignupView'] }) {
  const history = useQuery({
    queryKey: [...KEYS.signups, sessionId, 'history', signup.version, signup.status],
    queryFn: () => call(api.GET('/me/signups/{sessionId}/history', { params: { path: { sessionId } } })),
    enabled: signup.status !== 'DRAFT',
  });
  if (signup.status === 'DRAFT') return null;
  const steps = history.data?.steps ?? [];
  return (
    <Card title={<h3 style={{ margin: 0, fontSize: 16 }}>审核记录</h3>} style={{ marginTop: 16 }} loading={history.isPending}>
      <ErrorAlert error={history.error} />
      {steps.length === 0 && history.isSuccess ? (
        <Typography.Paragraph style={{ margin: 0 }}>暂无记录。</Typography.Paragraph>
      ) : (
        <Timeline
          items={steps.map((step) => ({
            key: `${step.kind}-${step.at}`,
            color: COLOUR[step.kind],
            children: (
              <div data-testid="review-step">
                <div style={{ color: '#595959', fontSize: 12 }}>{formatDateTime(step.at)}</div>
                <div>
                  <strong>{step.levelLabel.zh}</strong>：{step.outcome.zh}
                </div>
                {step.reason && <div>原因：{step.reason}</div>}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
