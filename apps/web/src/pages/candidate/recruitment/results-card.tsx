import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Space, Spin } from 'antd';
import { api, call, download } from '../../../api/client';
import { ApiError } from '../../../api/errors';
import { serverNow } from '../../../api/server-time';
import { ErrorAlert } from '../../../components/error-alert';
import { countdown, formatDateTime } from '../../../format/time';
import { StateTag } from '../shared/state-tag';
import { ADMITTED_BY, PLACEMENT_STATUS, type Round } from './labels';
import { RECRUITMENT_KEYS } from './queries';

const title = <h3 style={{ margin: 0, fontSize: 16 }}>录取结果</h3>;

/** The instant the server says results show from, when it refused them as not visible yet. */
function notVisibleUntil(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.code !== 'ADMISSION_RESULTS_NOT_VISIBLE') return null;
  const details = error.details as { visibleFrom?: unknown } | undefined;
  return typeof details?.visibleFrom === 'string' ? details.visibleFrom : null;
}

/**
 * RC-6 / RC-7: from the results time on, admitted or not and why, the notice and the reporting deadline. A round
 * that publishes round by round shows each stage from its own day (第一志愿 first), so the server says what shows.
 */
export function ResultsCard({ round }: { round: Round }) {
  // Nothing can show before admission opens (a stage's results come after it) or the round's results time.
  const asking = [round.admission.opensAt, round.admission.resultsVisibleAt].some((at) => at !== null && new Date(at).getTime() <= serverNow());
  const mine = useQuery({
    queryKey: RECRUITMENT_KEYS.admission(round.id),
    queryFn: () => call(api.GET('/recruitment/rounds/{roundId}/admission/mine', { params: { path: { roundId: round.id } } })),
    enabled: asking,
    retry: false,
  });
  const notice = useMutation({
    mutationFn: () => download(api.GET('/recruitment/rounds/{roundId}/admission/mine/notice', { params: { path: { roundId: round.id } }, parseAs: 'blob' }), `录取通知书-${round.code}.pdf`),
  });
  const visibleAt = notVisibleUntil(mine.error) ?? (asking ? null : round.admission.resultsVisibleAt);
  if (!asking || visibleAt !== null) {
    return (
      <Card title={title} style={{ marginBottom: 16 }}>
        {visibleAt ? `录取结果将于 ${formatDateTime(visibleAt)} 公布（${countdown(visibleAt)}）。` : '录取结果公布时间尚未确定，确定后会在这里显示。'}
      </Card>
    );
  }
  if (mine.isPending) return <Spin aria-label="正在加载录取结果" />;
  if (mine.error instanceof ApiError && (mine.error.code === 'ADMISSION_NOT_PUBLISHED' || mine.error.code === 'APPLICANT_NOT_IN_ROUND')) {
    return (
      <Card title={title} style={{ marginBottom: 16 }}>
        <Alert type="info" showIcon message={mine.error.message} />
      </Card>
    );
  }
  if (mine.error || !mine.data) {
    return (
      <Card title={title} style={{ marginBottom: 16 }}>
        <ErrorAlert error={mine.error} />
      </Card>
    );
  }
  const result = mine.data;
  const deadline = result.reportingDeadline;
  return (
    <Card title={title} style={{ marginBottom: 16 }} data-testid="admission">
      {!result.finalStage && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={`以下为${result.stageLabel}录取结果；后续${result.admitted ? '阶段不影响您的录取' : '志愿或调剂录取尚未进行，结果公布后会在此更新并通知您'}。`}
        />
      )}
      <Space wrap style={{ marginBottom: 12 }}>
        {result.admitted ? (
          <StateTag tone="green">已录取</StateTag>
        ) : result.finalStage ? (
          <StateTag tone="red">未被录取</StateTag>
        ) : (
          <StateTag tone="orange">暂未录取</StateTag>
        )}
        {result.admitted && result.baseName && (
          <strong>
            {result.baseName}
            {result.admittedBy ? `（${ADMITTED_BY[result.admittedBy]}录取）` : ''}
          </strong>
        )}
      </Space>
      <div aria-label="录取说明" role="list" style={{ marginBottom: 12 }}>
        {result.lines.map((line) => (
          <p role="listitem" key={line} style={{ margin: '0 0 6px' }}>
            {line}
          </p>
        ))}
      </div>
      {result.placement && (
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'status', label: '录取状态', children: PLACEMENT_STATUS[result.placement.status] },
            ...(deadline ? [{ key: 'deadline', label: '报到截止', children: `${formatDateTime(deadline)}（${countdown(deadline)}），逾期未报到的视为放弃录取资格` }] : []),
            ...(result.placement.reportedOn ? [{ key: 'reported', label: '报到日期', children: result.placement.reportedOn }] : []),
          ]}
        />
      )}
      {result.placement && (
        <div style={{ marginTop: 12 }}>
          <ErrorAlert error={notice.error} />
          {result.placement.noticeStatus === 'READY' ? (
            <Button type="primary" onClick={() => notice.mutate()} loading={notice.isPending}>
              下载录取通知书（PDF）
            </Button>
          ) : result.placement.noticeStatus === 'PENDING' ? (
            <span style={{ color: '#595959' }}>录取通知书正在生成，稍后可在此下载。</span>
          ) : (
            <span style={{ color: '#a8071a' }}>录取通知书生成失败，请联系培训基地。</span>
          )}
        </div>
      )}
    </Card>
  );
}
