import { Alert, Descriptions, Progress, Table, Typography } from 'antd';
import type { Schemas } from '../../../api/client';
import { formatDate } from '../../../format/time';
import { chinesePart } from '../sessions/labels';
import { EmptyNote, ToneTag } from '../sessions/tone-tag';

type Report = Schemas['SeatingReport'];
type Site = Schemas['SiteWithSlots'];

export const UNSEATED_REASON: Record<Schemas['UnseatedReason'], { label: string; next: string }> = {
  NO_CAPACITY: { label: '座位不足', next: '增加场次或考场座位后，再次点击“编排座位”（已排的座位不会变动）。' },
  NO_SLOT_AT_PREFERRED_SITE: { label: '所选考点没有场次', next: '为该考点添加场次后再次编排。' },
  EXISTING_SEAT_INVALID: { label: '原座位已失效', next: '原场次或考场已删除或缩减，需要中心处理原座位后再编排。' },
};

/** A slot id of the report as people know it: site, date and time. */
function slotLabels(sites: Site[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const site of sites) for (const slot of site.slots) labels.set(String(slot.id), `${site.name} ${formatDate(slot.date)} ${slot.startsAt}–${slot.endsAt}`);
  return labels;
}

/** TK-4: what seating did — who is seated, who is not and why, and how full each room is. */
export function SeatingReportView({ report, sites }: { report: Report; sites: Site[] }) {
  const labels = slotLabels(sites);
  const rooms = new Map<string, string>(sites.flatMap((site) => site.slots.flatMap((slot) => slot.rooms.map((room) => [`${slot.id}/${room.id}`, room.name] as const))));
  return (
    <>
      <Alert
        type={report.unseated.length === 0 ? 'success' : 'warning'}
        showIcon
        role="status"
        message={
          report.unseated.length === 0
            ? `编排完成：${report.candidates} 名技能考核考生全部有座位（本次新排 ${report.newlySeated} 人）。`
            : `编排完成，但有 ${report.unseated.length} 名考生没有座位，见下表。`
        }
        description="已排好的座位不会再变动；增加场次或座位后可以再次编排，只会给还没有座位的考生排座。"
        style={{ marginBottom: 16 }}
      />
      <Descriptions size="small" column={{ xs: 2, md: 4 }} bordered styles={{ label: { color: '#434343' } }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="应排考生">{report.candidates}</Descriptions.Item>
        <Descriptions.Item label="已有座位">{report.seated}</Descriptions.Item>
        <Descriptions.Item label="本次新排">{report.newlySeated}</Descriptions.Item>
        <Descriptions.Item label="未排上">{report.unseated.length}</Descriptions.Item>
      </Descriptions>
      {report.unseated.length > 0 && (
        <>
          <Typography.Title level={4} style={{ fontSize: 15 }}>
            未排上座位的考生
          </Typography.Title>
          <Table
            rowKey="signupId"
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={report.unseated}
            style={{ marginBottom: 16 }}
            columns={[
              { title: '姓名', dataIndex: 'name' },
              { title: '报名编号', dataIndex: 'signupId' },
              { title: '原因', key: 'reason', render: (_, row) => <ToneTag tone="orange">{UNSEATED_REASON[row.reason].label}</ToneTag> },
              { title: '说明', key: 'detail', render: (_, row) => chinesePart(row.detail) },
              { title: '怎么办', key: 'next', render: (_, row) => UNSEATED_REASON[row.reason].next },
            ]}
          />
        </>
      )}
      <Typography.Title level={4} style={{ fontSize: 15 }}>
        各考场使用情况
      </Typography.Title>
      <Table
        rowKey={(row) => `${row.slotId}/${row.roomId}`}
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={report.load}
        locale={{ emptyText: <EmptyNote>还没有场次</EmptyNote> }}
        columns={[
          { title: '场次', key: 'slot', render: (_, row) => labels.get(String(row.slotId)) ?? `场次 ${row.slotId}` },
          { title: '考场/站组', key: 'room', render: (_, row) => rooms.get(`${row.slotId}/${row.roomId}`) ?? row.roomId },
          {
            title: '已用 / 座位数',
            key: 'used',
            render: (_, row) => (
              <div style={{ minWidth: 160 }}>
                {row.used} / {row.capacity}
                <Progress
                  percent={row.capacity === 0 ? 0 : Math.round((row.used / row.capacity) * 100)}
                  size="small"
                  aria-label={`已用 ${row.used} 个，共 ${row.capacity} 个座位`}
                />
              </div>
            ),
          },
        ]}
      />
    </>
  );
}
