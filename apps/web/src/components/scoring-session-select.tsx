import { useQuery } from '@tanstack/react-query';
import { Form, Select } from 'antd';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { api, call, type Schemas } from '../api/client';

export type SessionView = Schemas['SessionView'];

/** Every session, newest first. */
export function useSessions() {
  return useQuery({
    queryKey: ['sessions'],
    queryFn: () => call(api.GET('/sessions')),
    select: (sessions) => [...sessions].sort((a, b) => b.year - a.year || b.id - a.id),
  });
}

/**
 * The session a scoring page works on: `?session=` in the address (so a page can be bookmarked and shared),
 * else the newest session.
 */
export function useChosenSession() {
  const sessions = useSessions();
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('session'));
  const session = useMemo<SessionView | undefined>(() => {
    const list = sessions.data ?? [];
    return list.find((s) => s.id === asked) ?? list[0];
  }, [sessions.data, asked]);
  const choose = useCallback(
    (id: number) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        next.set('session', String(id));
        return next;
      }),
    [setParams],
  );
  return { sessions, session, choose };
}

/** The session picker at the top of each scoring page. */
export function SessionSelect({ sessions, value, onChange }: { sessions: SessionView[]; value: number | undefined; onChange: (id: number) => void }) {
  return (
    <Form.Item label="考核批次" htmlFor="scoring-session" style={{ marginBottom: 0, minWidth: 0, flex: '1 1 320px', maxWidth: 560 }}>
      <Select
        id="scoring-session"
        value={value}
        onChange={onChange}
        options={sessions.map((s) => ({ value: s.id, label: `${s.name}（${s.code}）` }))}
        placeholder="请选择考核批次"
        popupMatchSelectWidth={false}
      />
    </Form.Item>
  );
}
