import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Table, Typography } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client';
import { ErrorAlert } from '../../../components/error-alert';
import { subjectLabel } from '../sessions/labels';

type Failure = Schemas['TicketRenderFailure'];

const PAGE_SIZE = 10;

/**
 * TK-5: the tickets that could not be rendered, whose they are and why (the API's reason, in Chinese), shown
 * under the progress bar. Their data is fixed elsewhere (the candidate's photo, the site's rooms); generating
 * again then retries only these and the ones not yet rendered.
 */
export function TicketFailures({
  sessionId,
  failed,
  onRetry,
  retrying,
}: {
  sessionId: number;
  /** the progress's failed count: the list is read again whenever it changes */
  failed: number;
  onRetry: () => void;
  retrying: boolean;
}) {
  const [page, setPage] = useState(1);
  const failures = useQuery({
    queryKey: ['ticket-failures', sessionId, failed, page],
    queryFn: () => call(api.GET('/sessions/{sessionId}/tickets/failures', { params: { path: { sessionId }, query: { page, pageSize: PAGE_SIZE } } })),
    enabled: failed > 0,
    placeholderData: keepPreviousData,
  });
  if (failed === 0) return null;
  return (
    <section aria-labelledby="ticket-failures-title" style={{ marginTop: 16 }}>
      <Typography.Title level={4} id="ticket-failures-title" style={{ fontSize: 15 }}>
        生成失败的准考证（{failed} 张）
      </Typography.Title>
      <ErrorAlert error={failures.error} />
      <Table<Failure>
        rowKey="ticketId"
        size="small"
        loading={failures.isFetching}
        dataSource={failures.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: failures.data?.total ?? 0, onChange: setPage, showTotal: (total) => `共 ${total} 张`, hideOnSinglePage: true }}
        columns={[
          { title: '准考证号', dataIndex: 'ticketNumber' },
          { title: '考生', key: 'candidate', render: (_, f) => `${f.candidateName}（${f.idNumberMasked}）` },
          { title: '培训基地', dataIndex: 'baseName' },
          { title: '科目', key: 'subject', render: (_, f) => subjectLabel(f.subject) },
          { title: '失败原因', key: 'reason', render: (_, f) => <span title={f.detail}>{f.reason.zh}</span> },
        ]}
      />
      <Alert
        type="warning"
        showIcon
        style={{ marginTop: 12 }}
        message="按失败原因处理后，点击“重新生成失败的准考证”：只会重新生成失败和尚未生成的准考证，已生成的不受影响。"
        action={
          <Button size="small" type="primary" onClick={onRetry} loading={retrying}>
            重新生成失败的准考证
          </Button>
        }
      />
    </section>
  );
}
