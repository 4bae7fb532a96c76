import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Spin } from 'antd';
import { api, call } from '../../../api/client';
import { ApiError } from '../../../api/errors';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDate } from '../../../format/time';

/**
 * TK-4: where and when the candidate sits the skills assessment, as soon as the centre has seated them: the
 * same site, time, room and seat the ticket will print (the ticket number once issued).
 */
export function MySeat({ sessionId }: { sessionId: number }) {
  const seat = useQuery({
    queryKey: ['me', 'seat', sessionId],
    queryFn: () => call(api.GET('/me/seat/{sessionId}', { params: { path: { sessionId } } })),
    // "Not seated yet" is an answer, not a failure to retry.
    retry: (count, error) => !(error instanceof ApiError && error.code === 'SEAT_NOT_ASSIGNED') && count < 2,
  });
  if (seat.isPending) return <Spin aria-label="正在加载考场安排" style={{ display: 'block', marginBottom: 16 }} />;
  if (seat.error instanceof ApiError && seat.error.code === 'SEAT_NOT_ASSIGNED') {
    return <Alert type="info" showIcon style={{ marginBottom: 16 }} message="尚未安排考场" description="全科中心编排考场后，考点、时间、考场和座位号会显示在这里，并印在准考证上。" />;
  }
  if (seat.error) return <ErrorAlert error={seat.error} />;
  const { site, slot, room } = seat.data;
  return (
    <Descriptions
      title={<span style={{ fontSize: 15 }}>我的考场</span>}
      column={1}
      size="small"
      bordered
      style={{ marginBottom: 16 }}
      items={[
        { key: 'site', label: '考点', children: site.name },
        { key: 'address', label: '地址', children: site.address },
        { key: 'time', label: '时间（北京时间）', children: `${formatDate(slot.date)} ${slot.startsAt}–${slot.endsAt}` },
        { key: 'room', label: '考场（站组）', children: room.name },
        { key: 'seat', label: '座位号', children: String(seat.data.seat) },
        { key: 'number', label: '准考证号', children: seat.data.ticketNumber ?? '尚未生成' },
      ]}
    />
  );
}
