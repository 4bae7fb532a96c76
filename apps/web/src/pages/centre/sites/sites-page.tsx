import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Space, Spin, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, call, type Schemas } from '../../../api/client';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDate } from '../../../format/time';
import { SessionPicker, useChosenSession } from '../sessions/session-picker';
import { EmptyNote, UNDERLINE } from '../sessions/tone-tag';
import { SeatingReportView } from './seating-report';
import { SiteModal, SlotModal } from './site-forms';
import { PageTitle } from '../sessions/page-title';

type Site = Schemas['SiteWithSlots'];
type Slot = Schemas['ExamSlot'];

const seats = (slot: Slot) => slot.rooms.reduce((sum, room) => sum + room.capacity, 0);

function SiteCard({ site, onAddSlot }: { site: Site; onAddSlot: () => void }) {
  return (
    <Card
      title={
        <Typography.Title level={3} style={{ fontSize: 16, margin: 0, whiteSpace: 'normal' }}>
          {site.name}（代码 {site.code}）
        </Typography.Title>
      }
      extra={<Button onClick={onAddSlot}>添加场次</Button>}
      style={{ marginBottom: 16 }}
    >
      <Typography.Paragraph>地址：{site.address}</Typography.Paragraph>
      <Table<Slot>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={site.slots}
        locale={{ emptyText: <EmptyNote>还没有场次：点击“添加场次”</EmptyNote> }}
        columns={[
          { title: '日期', key: 'date', render: (_, slot) => formatDate(slot.date) },
          { title: '时间（北京时间）', key: 'time', render: (_, slot) => `${slot.startsAt}–${slot.endsAt}` },
          { title: '考场/站组（座位数）', key: 'rooms', render: (_, slot) => slot.rooms.map((room) => `${room.name}（${room.id}，${room.capacity}）`).join('；') },
          { title: '座位合计', key: 'seats', render: (_, slot) => seats(slot) },
        ]}
      />
    </Card>
  );
}

/**
 * TK-4 / TK-3: the skills-assessment sites of a session with their slots and rooms; seating every centre-approved
 * SKILLS candidate (with the report of who could not be seated and why) and their ticket numbers.
 */
export default function SitesPage() {
  const chosen = useChosenSession();
  const sessionId = chosen.session?.id;
  const [addingSite, setAddingSite] = useState(false);
  const [slotSite, setSlotSite] = useState<Site | null>(null);

  const sites = useQuery({
    queryKey: ['sites', sessionId],
    queryFn: () => call(api.GET('/sessions/{sessionId}/sites', { params: { path: { sessionId: sessionId! } } })),
    enabled: sessionId !== undefined,
  });
  const seat = useMutation({
    mutationFn: (id: number) => call(api.POST('/sessions/{sessionId}/seating', { params: { path: { sessionId: id } } })),
  });
  const number = useMutation({
    mutationFn: (id: number) => call(api.POST('/sessions/{sessionId}/ticket-numbers', { params: { path: { sessionId: id } } })),
  });
  const list = sites.data ?? [];
  const totalSeats = list.reduce((sum, site) => sum + site.slots.reduce((s, slot) => s + seats(slot), 0), 0);
  const seatReport = seat.data && seat.variables === sessionId ? seat.data : undefined;
  const numbering = number.data && number.variables === sessionId ? number.data : undefined;

  return (
    <>
      <PageTitle>考点与编排</PageTitle>
      <SessionPicker chosen={chosen} />
      <Typography.Paragraph>
        步骤：① 添加临床实践技能考核的考点；② 为每个考点添加场次（日期、时间）和考场/站组的座位数；③ 复审通过后点击“编排座位”；④ 生成准考证号，再到
        <Link to="/centre/tickets" style={UNDERLINE}>准考证生成</Link>生成 PDF。
      </Typography.Paragraph>
      <ErrorAlert error={sites.error} />

      <Space wrap style={{ marginBottom: 16 }}>
        <Button type="primary" onClick={() => setAddingSite(true)} disabled={sessionId === undefined}>
          添加考点
        </Button>
        <span style={{ color: '#595959' }}>
          共 {list.length} 个考点，{list.reduce((n, site) => n + site.slots.length, 0)} 个场次，{totalSeats} 个座位
        </span>
      </Space>
      {sites.isPending && sessionId !== undefined && <Spin aria-label="正在加载考点" style={{ display: 'block' }} />}
      {sites.isSuccess && list.length === 0 && <Empty description="本批次还没有考点" style={{ marginBottom: 16 }} />}
      {list.map((site) => (
        <SiteCard key={site.id} site={site} onAddSlot={() => setSlotSite(site)} />
      ))}

      <Card title={<Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>编排座位</Typography.Title>} style={{ marginBottom: 16 }}>
        <Typography.Paragraph>
          为所有复审通过、报考临床实践技能考核的考生分配场次、考场和座位号。结果固定：同样的数据编排结果相同，已排的座位不会变动，任何考场都不会超员。
        </Typography.Paragraph>
        <Button type="primary" onClick={() => sessionId !== undefined && seat.mutate(sessionId)} loading={seat.isPending} disabled={sessionId === undefined}>
          编排座位
        </Button>
        <div style={{ marginTop: 16 }}>
          <ErrorAlert error={seat.error} />
          {seatReport && <SeatingReportView report={seatReport} sites={list} />}
        </div>
      </Card>

      <Card title={<Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>准考证号</Typography.Title>} style={{ marginBottom: 16 }}>
        <Typography.Paragraph>
          给每位已有座位的考生一个准考证号（年份、科目、考点代码、序号）。号码一经发出不再改变；再次点击只会给新排座的考生发号。
        </Typography.Paragraph>
        <Button onClick={() => sessionId !== undefined && number.mutate(sessionId)} loading={number.isPending} disabled={sessionId === undefined}>
          生成准考证号
        </Button>
        <div style={{ marginTop: 16 }}>
          <ErrorAlert error={number.error} />
          {numbering && (
            <Alert
              type="success"
              showIcon
              role="status"
              message={`本次新发 ${numbering.issued} 个准考证号，此前已有 ${numbering.alreadyIssued} 个。`}
              description={<span>下一步：到<Link to="/centre/tickets" style={UNDERLINE}>准考证生成</Link>生成准考证 PDF。</span>}
            />
          )}
        </div>
      </Card>

      {sessionId !== undefined && <SiteModal sessionId={sessionId} open={addingSite} onClose={() => setAddingSite(false)} />}
      {sessionId !== undefined && <SlotModal sessionId={sessionId} site={slotSite} onClose={() => setSlotSite(null)} />}
    </>
  );
}
