import { Select } from 'antd';
import { formatDate } from '../../format/time';
import { sessionsNewestFirst, type Session } from './reviewer-context';

/** The sessions, newest first; `all` adds “全部批次” (the value 'all'). */
export function SessionSelect({ id, sessions, value, onChange, all = false }: { id: string; sessions: Session[] | undefined; value: number | 'all' | undefined; onChange: (value: number | 'all') => void; all?: boolean }) {
  const options = sessionsNewestFirst(sessions).map((s) => ({ value: s.id, label: `${s.name}（审核 ${formatDate(s.reviewWindow.opensAt)} 起）` }));
  return (
    <Select<number | 'all'>
      id={id}
      value={value}
      onChange={onChange}
      loading={!sessions}
      options={all ? [{ value: 'all', label: '全部批次' }, ...options] : options}
      style={{ width: '100%', minWidth: 220, maxWidth: 420 }}
      popupMatchSelectWidth={false}
      placeholder="选择考核批次"
    />
  );
}
