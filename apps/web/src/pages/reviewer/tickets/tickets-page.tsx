import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Empty, Form, Typography } from 'antd';
import { useState } from 'react';
import { api, download } from '../../../api/client';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDateTime } from '../../../format/time';
import { SUBJECT_LABEL, type Subject } from '../labels';
import { defaultSession, organisationName, useOrganisations, useReviewer, useSessions } from '../reviewer-context';
import { SessionSelect } from '../session-select';

/** TK-7: every current ticket of the base in one PDF, in ticket-number order, to print for the candidates. */
export function TicketsPage() {
  const reviewer = useReviewer();
  const sessions = useSessions();
  const organisations = useOrganisations();
  // Only sessions with a subject whose tickets this platform prints.
  const printable = (sessions.data ?? []).filter((s) => s.subjects.some((subject) => subject.ticketMode === 'PLATFORM'));
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  const sessionId = chosen ?? defaultSession(printable)?.id;
  const session = printable.find((s) => s.id === sessionId);
  const fetchPdf = useMutation({
    mutationFn: (id: number) => download(api.GET('/sessions/{sessionId}/tickets/batch.pdf', { params: { path: { sessionId: id } }, parseAs: 'blob' }), `准考证-${id}.pdf`),
  });

  return (
    <>
      <Typography.Title level={2}>准考证打印</Typography.Title>
      <Typography.Paragraph>
        下载{organisationName(organisations.data, reviewer.organisationId) || '本基地'}考生的全部准考证，合并为一个 PDF 文件（按准考证号排序），可直接打印后发给考生。考生也可以自己登录下载。
      </Typography.Paragraph>
      <ErrorAlert error={sessions.error} />
      {sessions.isSuccess && printable.length === 0 ? (
        <Empty description="目前没有由本平台打印准考证的考核批次" />
      ) : (
        <Card>
          <Form layout="vertical" component="div">
            <Form.Item label="考核批次" htmlFor="tickets-session">
              <SessionSelect
                id="tickets-session"
                sessions={printable}
                value={sessionId}
                onChange={(value) => {
                  if (typeof value === 'number') setChosen(value);
                  fetchPdf.reset();
                }}
              />
            </Form.Item>
          </Form>
          {session && (
            <Descriptions size="small" column={1} style={{ marginBottom: 16 }}>
              {session.subjects
                .filter((subject) => subject.ticketMode === 'PLATFORM')
                .map((subject) => (
                  <Descriptions.Item key={subject.subject} label={`${SUBJECT_LABEL[subject.subject as Subject] ?? subject.subject}准考证打印时间`}>
                    {formatDateTime(subject.ticketWindow.opensAt)} 至 {formatDateTime(subject.ticketWindow.closesAt)}
                  </Descriptions.Item>
                ))}
              {session.subjects
                .filter((subject) => subject.ticketMode === 'NATIONAL_SITE')
                .map((subject) => (
                  <Descriptions.Item key={subject.subject} label={SUBJECT_LABEL[subject.subject as Subject] ?? subject.subject}>
                    准考证由考生在中国卫生人才网自行打印，本平台不提供
                  </Descriptions.Item>
                ))}
            </Descriptions>
          )}
          <ErrorAlert error={fetchPdf.error} />
          {fetchPdf.isSuccess && <Alert type="success" showIcon message="PDF 已开始下载；如未看到，请检查浏览器的下载栏。" style={{ marginBottom: 16 }} />}
          <Button type="primary" disabled={sessionId === undefined} loading={fetchPdf.isPending} onClick={() => sessionId !== undefined && fetchPdf.mutate(sessionId)}>
            下载本基地准考证（PDF）
          </Button>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            准考证由省全科医学培训中心统一生成；还没有生成时，下载会提示“准考证不存在”，请在打印时间开始后再试。
          </Typography.Paragraph>
        </Card>
      )}
    </>
  );
}
