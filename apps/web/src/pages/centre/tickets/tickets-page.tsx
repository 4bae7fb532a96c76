import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Form, Input, Row, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, call, download, type Schemas } from '../../../api/client';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDate, formatDateTime } from '../../../format/time';
import { FormSelect } from '../sessions/form-select';
import { useBases } from '../sessions/organisations';
import { ProblemList } from '../sessions/problem-list';
import { UNDERLINE } from '../sessions/tone-tag';
import { SessionPicker, useChosenSession } from '../sessions/session-picker';
import { QueueBoardLink } from './queue-board-link';
import { TicketFailures } from './ticket-failures';
import { TicketProgressView } from './ticket-progress';
import { PageTitle } from '../sessions/page-title';

/** How often the progress is asked while tickets are pending. */
const PROGRESS_POLL_MS = 1000;

type RescheduleValues = Schemas['RescheduleDto'] & { slotId: number };

function Reschedule({ sessionId, onMoved }: { sessionId: number; onMoved: () => void }) {
  const queryClient = useQueryClient();
  const [form] = Form.useForm<RescheduleValues>();
  const sites = useQuery({
    queryKey: ['sites', sessionId],
    queryFn: () => call(api.GET('/sessions/{sessionId}/sites', { params: { path: { sessionId } } })),
  });
  const slots = (sites.data ?? []).flatMap((site) => site.slots.map((slot) => ({ site, slot })));
  const [moved, setMoved] = useState<{ label: string; to: string; regenerated: number } | null>(null);

  const move = useMutation({
    mutationFn: ({ slotId, ...body }: RescheduleValues) => call(api.PUT('/sessions/{sessionId}/slots/{slotId}/schedule', { params: { path: { sessionId, slotId } }, body })),
    onMutate: () => setMoved(null),
    onSuccess: (answer, values) => {
      const entry = slots.find((s) => s.slot.id === values.slotId);
      setMoved({
        label: entry ? `${entry.site.name} ${formatDate(entry.slot.date)} ${entry.slot.startsAt}–${entry.slot.endsAt}` : `场次 ${values.slotId}`,
        to: `${formatDate(values.date)} ${values.startsAt}–${values.endsAt}`,
        regenerated: answer.ticketsRegenerated,
      });
      form.setFieldValue('reason', '');
      onMoved();
      void queryClient.invalidateQueries({ queryKey: ['sites', sessionId] });
      void queryClient.invalidateQueries({ queryKey: ['ticket-progress', sessionId] });
    },
  });

  const pick = (slotId: number) => {
    const entry = slots.find((s) => s.slot.id === slotId);
    if (entry) form.setFieldsValue({ date: entry.slot.date, startsAt: entry.slot.startsAt, endsAt: entry.slot.endsAt });
  };

  return (
    <Card title={<Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>调整场次时间（不可抗力）</Typography.Title>} style={{ marginBottom: 16 }}>
      <Typography.Paragraph>
        调整后，该场次所有考生的准考证会重新生成；旧版准考证扫码核验时显示“已作废：已有更新的版本”，受影响的考生会在消息中心收到通知。
      </Typography.Paragraph>
      <ErrorAlert error={sites.error} />
      {moved && (
        <Alert
          type="success"
          showIcon
          role="status"
          message={`已将 ${moved.label} 调整为 ${moved.to}，重新生成 ${moved.regenerated} 张准考证。`}
          description={moved.regenerated > 0 ? '上方进度条显示重新生成的进度；旧版准考证已作废。' : '该场次还没有已发的准考证，无需重新生成。'}
          style={{ marginBottom: 16 }}
        />
      )}
      <ErrorAlert error={move.error} />
      <ProblemList error={move.error} />
      {sites.isSuccess && slots.length === 0 ? (
        <Typography.Paragraph>
          本批次还没有场次，请先到<Link to="/centre/sites" style={UNDERLINE}>考点与编排</Link>添加。
        </Typography.Paragraph>
      ) : (
        <Form<RescheduleValues> form={form} layout="vertical" onFinish={(values) => move.mutate({ ...values, reason: values.reason.trim() })}>
          <Form.Item label="场次" name="slotId" rules={[{ required: true, message: '请选择场次' }]}>
            <FormSelect<number>
              placeholder="选择要调整的场次"
              loading={sites.isPending}
              onChange={pick}
              options={slots.map(({ site, slot }) => ({ value: slot.id, label: `${site.name}（${site.code}） ${formatDate(slot.date)} ${slot.startsAt}–${slot.endsAt}` }))}
            />
          </Form.Item>
          <Row gutter={12}>
            <Col xs={24} sm={10}>
              <Form.Item label="新日期" name="date" rules={[{ required: true, message: '请填写日期' }]}>
                <Input type="date" />
              </Form.Item>
            </Col>
            <Col xs={12} sm={7}>
              <Form.Item label="开始（北京时间）" name="startsAt" rules={[{ required: true, message: '请填写' }]}>
                <Input type="time" />
              </Form.Item>
            </Col>
            <Col xs={12} sm={7}>
              <Form.Item label="结束（北京时间）" name="endsAt" rules={[{ required: true, message: '请填写' }]}>
                <Input type="time" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item label="调整原因（记入日志，通知考生）" name="reason" rules={[{ required: true, whitespace: true, message: '请填写调整原因' }]}>
            <Input.TextArea rows={2} maxLength={500} showCount placeholder="例如：突发公共卫生事件，考核顺延一周" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={move.isPending}>
            调整并重新生成准考证
          </Button>
        </Form>
      )}
    </Card>
  );
}

/**
 * TK-5: generating a session's admit tickets in the worker, with a live progress bar until every ticket is done
 * or failed; FA-12 moving a slot (its tickets are made again); one merged PDF per base (TK-7); the queue board.
 */
export default function TicketsPage() {
  const chosen = useChosenSession();
  const sessionId = chosen.session?.id;
  const queryClient = useQueryClient();
  const bases = useBases();
  const [baseId, setBaseId] = useState<number | undefined>(undefined);

  // Set once this page started a generation (or moved a slot): the progress is then followed until nothing is pending.
  const [watching, setWatching] = useState(false);
  const progress = useQuery({
    queryKey: ['ticket-progress', sessionId],
    queryFn: () => call(api.GET('/sessions/{sessionId}/tickets/progress', { params: { path: { sessionId: sessionId! } } })),
    enabled: sessionId !== undefined,
    // Asked again each second while tickets this page queued are pending, and no more once all are done or failed.
    refetchInterval: (query) => (watching && (query.state.data?.pending ?? 0) > 0 ? PROGRESS_POLL_MS : false),
  });
  const generate = useMutation({
    mutationFn: (id: number) => call(api.POST('/sessions/{sessionId}/tickets/generate', { params: { path: { sessionId: id } } })),
    onSuccess: (answer, id) => {
      queryClient.setQueryData(['ticket-progress', id], answer.progress);
      setWatching(true);
    },
  });
  const batch = useMutation({
    mutationFn: ({ session, base }: { session: number; base: number }) =>
      download(api.GET('/sessions/{sessionId}/tickets/batch.pdf', { params: { path: { sessionId: session }, query: { baseId: base } }, parseAs: 'blob' }), `准考证-${base}.pdf`),
  });
  const generated = generate.data && generate.variables === sessionId ? generate.data : undefined;
  const skills = chosen.session?.subjects.find((s) => s.subject === 'SKILLS');

  return (
    <>
      <PageTitle>准考证生成</PageTitle>
      <SessionPicker chosen={chosen} />
      {skills && (
        <Typography.Paragraph>
          临床实践技能考核准考证由本平台生成，考生可在 {formatDateTime(skills.ticketWindow.opensAt)} 至 {formatDateTime(skills.ticketWindow.closesAt)} 下载打印。
        </Typography.Paragraph>
      )}

      <Card title={<Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>生成准考证</Typography.Title>} style={{ marginBottom: 16 }}>
        <Typography.Paragraph>
          一次生成本批次全部准考证：先给已排座位、还没有准考证号的考生发号，再排队生成 PDF。已生成且内容未变的不会重复生成。
        </Typography.Paragraph>
        <Space wrap style={{ marginBottom: 16 }}>
          <Button type="primary" onClick={() => sessionId !== undefined && generate.mutate(sessionId)} loading={generate.isPending} disabled={sessionId === undefined}>
            生成准考证
          </Button>
          <QueueBoardLink />
        </Space>
        <ErrorAlert error={generate.error} />
        {generated && (
          <Alert
            type="info"
            showIcon
            message={
              generated.jobs === 0
                ? `本次新发准考证号 ${generated.issued} 个。没有需要新排队的 PDF：其余准考证已生成，或已在生成队列中。`
                : `本次新发准考证号 ${generated.issued} 个，排队生成 PDF ${generated.jobs} 份。`
            }
            style={{ marginBottom: 16 }}
          />
        )}
        <ErrorAlert error={progress.error} />
        {progress.data && <TicketProgressView progress={progress.data} following={watching} onRefresh={() => void progress.refetch()} refreshing={progress.isFetching} />}
        {progress.data && sessionId !== undefined && (
          <TicketFailures sessionId={sessionId} failed={progress.data.failed} onRetry={() => generate.mutate(sessionId)} retrying={generate.isPending} />
        )}
      </Card>

      {sessionId !== undefined && <Reschedule sessionId={sessionId} onMoved={() => setWatching(true)} />}

      <Card title={<Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>按基地下载准考证合集</Typography.Title>} style={{ marginBottom: 16 }}>
        <Typography.Paragraph>一个 PDF 包含该基地全部考生的准考证，便于基地统一打印。全部生成完成后才能下载。</Typography.Paragraph>
        <ErrorAlert error={batch.error} />
        <Space wrap>
          <Select
            aria-label="培训基地"
            placeholder="选择培训基地"
            showSearch
            optionFilterProp="label"
            value={baseId}
            onChange={setBaseId}
            options={bases.data?.map((b) => ({ value: b.id, label: b.name }))}
            style={{ width: 240 }}
          />
          <Button
            onClick={() => sessionId !== undefined && baseId !== undefined && batch.mutate({ session: sessionId, base: baseId })}
            disabled={sessionId === undefined || baseId === undefined}
            loading={batch.isPending}
          >
            下载 PDF
          </Button>
        </Space>
      </Card>
    </>
  );
}
