import { useQuery } from '@tanstack/react-query';
import { Select, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { api, call, type Schemas } from '../../../api/client';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDateTime } from '../../../format/time';
import { useNow } from './use-now';

export type SessionView = Schemas['SessionView'];

/** The session the centre last worked on, kept for this tab when it moves between pages. */
const CHOSEN_KEY = 'agp.centre.session';

export function useSessions() {
  return useQuery({ queryKey: ['sessions'], queryFn: () => call(api.GET('/sessions')) });
}

const opensAt = (session: SessionView) => new Date(session.signupWindow.opensAt).getTime();

/** Without a choice: the session whose sign-up opened last, else (none opened yet) the one opening first. */
function current(sessions: SessionView[], now: number): SessionView | undefined {
  const opened = sessions.filter((s) => opensAt(s) <= now).sort((a, b) => opensAt(b) - opensAt(a));
  return opened[0] ?? [...sessions].sort((a, b) => opensAt(a) - opensAt(b))[0];
}

/** The session a page works on: ?session= in the address, else the last one chosen in this tab, else the current one. */
export function useChosenSession() {
  const sessions = useSessions();
  const now = useNow();
  const [params, setParams] = useSearchParams();
  const list = sessions.data ?? [];
  const fromAddress = Number(params.get('session')) || undefined;
  const remembered = Number(sessionStorage.getItem(CHOSEN_KEY)) || undefined;
  const session = list.find((s) => s.id === fromAddress) ?? list.find((s) => s.id === remembered) ?? current(list, now);
  const choose = (id: number) => {
    sessionStorage.setItem(CHOSEN_KEY, String(id));
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('session', String(id));
        return next;
      },
      { replace: true },
    );
  };
  return { sessions, session, choose };
}

/** The labelled session chooser at the top of each operations page. */
export function SessionPicker({ chosen }: { chosen: ReturnType<typeof useChosenSession> }) {
  const { sessions, session, choose } = chosen;
  return (
    <div style={{ marginBottom: 16 }}>
      <ErrorAlert error={sessions.error} />
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '8px 12px' }}>
        <label htmlFor="centre-session-picker">考核批次</label>
        <Select
          id="centre-session-picker"
          style={{ flex: '1 1 240px', minWidth: 0, maxWidth: 420 }}
          loading={sessions.isPending}
          value={session?.id}
          onChange={choose}
          options={(sessions.data ?? []).map((s) => ({ value: s.id, label: `${s.name}（${s.code}）` }))}
          placeholder="请选择考核批次"
        />
        {session && (
          <Typography.Text style={{ color: '#595959' }}>
            报名 {formatDateTime(session.signupWindow.opensAt)} 至 {formatDateTime(session.signupWindow.closesAt)}
          </Typography.Text>
        )}
      </div>
    </div>
  );
}
