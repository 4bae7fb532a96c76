import { Form, Select } from 'antd';
import type { Schemas } from '../../api/client';

/** The rounds of the staff member's jurisdiction, newest first (as the API lists them). */
export function RoundSelect({
  id,
  rounds,
  value,
  onChange,
  all,
}: {
  id: string;
  rounds: readonly Schemas['RecruitmentRoundSummary'][] | undefined;
  value: number | undefined;
  onChange: (roundId: number | undefined) => void;
  all?: boolean;
}) {
  const options = (rounds ?? []).map((r) => ({ value: r.id, label: `${r.name}（${r.year}）` }));
  return (
    <Form.Item label="招录计划" htmlFor={id} style={{ minWidth: 280, maxWidth: 420 }}>
      <Select<number | 'all'>
        id={id}
        value={value ?? (all ? 'all' : undefined)}
        placeholder="选择招录计划"
        onChange={(next) => onChange(next === 'all' ? undefined : next)}
        options={all ? [{ value: 'all' as const, label: '全部招录计划' }, ...options] : options}
        popupMatchSelectWidth={false}
      />
    </Form.Item>
  );
}

/** The round a page opens on: the one asked for, else the newest. */
export function chosenRound(rounds: readonly Schemas['RecruitmentRoundSummary'][] | undefined, asked: number | undefined): number | undefined {
  if (asked !== undefined) return asked;
  return rounds?.[0]?.id;
}
