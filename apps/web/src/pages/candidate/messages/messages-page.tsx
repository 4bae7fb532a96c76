import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Empty, Pagination, Radio, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, call, type Schemas } from '../../../api/client';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDateTime } from '../../../format/time';
import { KEYS } from '../shared/queries';
import { StateTag } from '../shared/state-tag';

type Message = Schemas['MessageView'];

const PAGE_SIZE = 10;

/** Where a message's matter is handled, by its kind and the session it names. */
function destination(message: Message): { label: string; to: string } | null {
  const sessionId = typeof message.facts.sessionId === 'number' ? message.facts.sessionId : null;
  const session = sessionId !== null ? `?session=${sessionId}` : '';
  switch (message.kind) {
    case 'SIGNUP_BASE_APPROVED':
    case 'SIGNUP_APPROVED':
    case 'SIGNUP_REJECTED':
    case 'SIGNUP_VOIDED':
    case 'SIGNUP_CANCELLED':
      return { label: '查看报名', to: `/candidate/signup${session}` };
    case 'SIGNUP_RETURNED':
      return { label: '修改并重新提交', to: `/candidate/signup${session}` };
    case 'TICKETS_READY':
    case 'SESSION_RESCHEDULED':
      return { label: '查看准考证', to: `/candidate/tickets${session}` };
    case 'SESSION_CANCELLED':
      return { label: '查看报名', to: `/candidate/signup${session}` };
    case 'RESULTS_PUBLISHED':
      return { label: '查看成绩', to: '/candidate/results' };
    case 'THREE_YEAR_LIMIT_APPROACHING':
      return { label: '查看三年期限', to: '/candidate/results' };
    case 'RECRUITMENT_REVIEW_PASSED':
    case 'RECRUITMENT_REJECTED':
    case 'RECRUITMENT_WITHDRAWN':
      return { label: '查看招录报名', to: '/candidate/recruitment' };
    case 'RECRUITMENT_RETURNED':
      return { label: '修改招录报名', to: '/candidate/recruitment' };
    case 'RECRUITMENT_RESULTS_PUBLISHED':
    case 'RECRUITMENT_ADMITTED':
    case 'RECRUITMENT_NOT_ADMITTED':
    case 'RECRUITMENT_NO_SHOW':
      return { label: '查看录取结果', to: '/candidate/recruitment' };
    case 'RECRUITMENT_NOTICE_READY':
      return { label: '下载录取通知书', to: '/candidate/recruitment' };
  }
}

function MessageItem({ message, onRead, reading }: { message: Message; onRead: (id: number) => Promise<unknown>; reading: boolean }) {
  const navigate = useNavigate();
  const target = destination(message);
  return (
    <li
      data-message={message.id}
      style={{
        listStyle: 'none',
        padding: '12px 16px',
        marginBottom: 8,
        background: '#fff',
        border: '1px solid #f0f0f0',
        borderInlineStart: `4px solid ${message.read ? '#d9d9d9' : '#0958d9'}`,
        borderRadius: 6,
      }}
    >
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8 }}>
        <h3 style={{ margin: 0, fontSize: 15, fontWeight: message.read ? 500 : 700 }}>{message.title}</h3>
        {!message.read && <StateTag tone="blue">未读</StateTag>}
        <span style={{ fontSize: 13, color: '#595959', marginInlineStart: 'auto' }}>{formatDateTime(message.createdAt)}</span>
      </div>
      <p style={{ margin: '6px 0 8px', lineHeight: 1.7 }}>{message.body}</p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        {target && (
          <Button
            size="small"
            type={message.read ? 'default' : 'primary'}
            onClick={() => {
              // Opening what a message is about counts as having read it.
              if (!message.read) void onRead(message.id).catch(() => undefined);
              void navigate(target.to);
            }}
          >
            {target.label}
          </Button>
        )}
        {!message.read && (
          <Button size="small" loading={reading} onClick={() => void onRead(message.id).catch(() => undefined)}>
            标为已读
          </Button>
        )}
        {message.read && message.readAt && <span style={{ fontSize: 12, color: '#595959', alignSelf: 'center' }}>{formatDateTime(message.readAt)} 已读</span>}
      </div>
    </li>
  );
}

/**
 * SPEC Part E: the official channel (the notice says nobody is phoned). Review outcomes, returns and their
 * deadlines, tickets, reschedules, results and the three-year limit, newest first, each with where to act on it.
 */
export default function MessagesPage() {
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const [onlyUnread, setOnlyUnread] = useState(false);
  const messages = useQuery({
    queryKey: [...KEYS.messages, { page, onlyUnread }],
    queryFn: () => call(api.GET('/me/messages', { params: { query: { page, pageSize: PAGE_SIZE, ...(onlyUnread ? { unread: true } : {}) } } })),
  });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: KEYS.messages });
    void queryClient.invalidateQueries({ queryKey: KEYS.unread });
  };
  const markRead = useMutation({ mutationFn: (id: number) => call(api.POST('/me/messages/{id}/read', { params: { path: { id } } })), onSuccess: refresh });
  const markAll = useMutation({ mutationFn: () => call(api.POST('/me/messages/read-all')), onSuccess: refresh });
  const data = messages.data;
  return (
    <>
      <Typography.Title level={2}>消息中心</Typography.Title>
      <Typography.Paragraph style={{ color: '#595959' }}>审核结果、退回原因和修改期限、准考证、考试时间调整、成绩公布和三年期限提醒都会发到这里。考核安排在本平台公布，不再电话通知，请经常查看。</Typography.Paragraph>
      <ErrorAlert error={messages.error ?? markRead.error ?? markAll.error} />
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 12, marginBottom: 12 }}>
        <Radio.Group
          optionType="button"
          value={onlyUnread ? 'unread' : 'all'}
          onChange={(event) => {
            setOnlyUnread(event.target.value === 'unread');
            setPage(1);
          }}
          options={[
            { value: 'all', label: '全部' },
            { value: 'unread', label: `未读${data ? `（${data.unread}）` : ''}` },
          ]}
          aria-label="显示哪些消息"
        />
        {data && data.unread > 0 && (
          <Button loading={markAll.isPending} onClick={() => markAll.mutate()}>
            全部标为已读
          </Button>
        )}
        {data && (
          <span style={{ color: '#595959' }} aria-live="polite">
            {data.unread > 0 ? `${data.unread} 条未读` : '没有未读消息'}
          </span>
        )}
      </div>
      {messages.isPending ? (
        <Spin aria-label="正在加载消息" />
      ) : data && data.items.length > 0 ? (
        <>
          <ol style={{ padding: 0, margin: 0 }} aria-label="消息">
            {data.items.map((message) => (
              <MessageItem key={message.id} message={message} onRead={(id) => markRead.mutateAsync(id)} reading={markRead.isPending && markRead.variables === message.id} />
            ))}
          </ol>
          {data.total > PAGE_SIZE && <Pagination style={{ marginTop: 12 }} current={page} pageSize={PAGE_SIZE} total={data.total} onChange={setPage} showSizeChanger={false} />}
        </>
      ) : data ? (
        <Empty description={onlyUnread ? '没有未读消息。' : '还没有消息。报名审核有结果、准考证生成或成绩公布时，会在这里通知您。'} />
      ) : null}
    </>
  );
}
