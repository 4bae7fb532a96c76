import { Select } from 'antd';
import type { Schemas } from '../../../api/client';

/** Shown only when there is more than one session to choose from. */
export function SessionPicker({ sessions, value, onChange }: { sessions: Schemas['SessionView'][]; value: number | undefined; onChange: (id: number) => void }) {
  if (sessions.length < 2) return null;
  return (
    <div style={{ marginBottom: 16, display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8 }}>
      <label htmlFor="candidate-session" style={{ whiteSpace: 'nowrap' }}>
        考核批次
      </label>
      <Select
        id="candidate-session"
        value={value}
        onChange={onChange}
        style={{ flex: '1 1 240px', maxWidth: 480 }}
        options={sessions.map((session) => ({ value: session.id, label: session.name }))}
      />
    </div>
  );
}
