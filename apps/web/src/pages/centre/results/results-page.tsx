import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, message, Col, Flex, Form, Row, Select, Space, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client';
import { EmptyText } from '../../../components/scoring-empty';
import { ScoringErrorAlert } from '../../../components/scoring-error-alert';
import { formatScore, OUTCOME_LABEL, OUTCOME_TONE, SOURCE_LABEL, SUBJECT_LABEL, SUBJECTS, VOID_KIND_LABEL, type AttemptOutcome, type Subject } from '../../../components/scoring-labels';
import { organisationOptions, useOrganisations } from '../../../components/scoring-organisations';
import { SessionSelect, useChosenSession, type SessionView } from '../../../components/scoring-session-select';
import { ToneTag } from '../../../components/scoring-tag';
import { formatDateTime } from '../../../format/time';
import { StationLine } from '../scores/result-state';
import { CorrectionModal, VoidModal } from './attempt-modals';
import { PublishModal } from './publish-modal';
import { SkillsEntryModal, type SkillsEntryTarget } from './skills-entry-modal';

type PublicationView = Schemas['PublicationView'];
type ResultListRow = Schemas['ResultListRow'];

const PAGE_SIZE = 20;

type Dialog =
  | { kind: 'publish'; publication: PublicationView }
  | { kind: 'correct'; row: ResultListRow }
  | { kind: 'void'; row: ResultListRow }
  | { kind: 'skills'; target: SkillsEntryTarget | null };

function PublicationCard({ publication, onPublish, onEnterSkills }: { publication: PublicationView; onPublish: () => void; onEnterSkills: () => void }) {
  const subject = SUBJECT_LABEL[publication.subject];
  const missing = publication.missing ?? 0;
  return (
    <Card
      title={subject}
      extra={publication.published ? <ToneTag tone="green">已公布</ToneTag> : <ToneTag tone="orange">未公布</ToneTag>}
      style={{ height: '100%' }}
    >
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        已有 {publication.results ?? 0} 条成绩记录；
        {missing > 0 ? <Typography.Text style={{ color: '#a8071a' }}>仍有 {missing} 名审核通过的考生没有成绩。</Typography.Text> : '审核通过的考生都有成绩。'}
      </Typography.Paragraph>
      {publication.published ? (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          已于 {formatDateTime(publication.publishedAt)} 公布，考生可以查看。修改个别成绩请在下方列表中“更正”。
        </Typography.Paragraph>
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            {missing > 0
              ? `考生现在看不到成绩。请先补齐这 ${missing} 名考生的成绩（缺考也须导入或录入）再公布；确有原因的，公布时确认并填写理由。`
              : '考生现在看不到成绩。核对无误后即可公布。'}
          </Typography.Paragraph>
          <Space wrap>
            <Button type="primary" onClick={onPublish}>
              公布{subject}成绩
            </Button>
            {publication.subject === 'SKILLS' && <Button onClick={onEnterSkills}>录入技能成绩</Button>}
          </Space>
        </>
      )}
    </Card>
  );
}

/** SC-4, SC-8: publish a subject of a session, then correct or void single results with a reason. */
export default function ResultsPage() {
  const { sessions, session, choose } = useChosenSession();
  const organisations = useOrganisations();
  const queryClient = useQueryClient();
  const [subject, setSubject] = useState<Subject | undefined>();
  const [outcome, setOutcome] = useState<AttemptOutcome | undefined>();
  const [baseId, setBaseId] = useState<number | undefined>();
  const [page, setPage] = useState(1);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [toast, toastHolder] = message.useMessage();
  const sessionId = session?.id;

  const publication = useQuery({
    queryKey: ['publication', sessionId],
    queryFn: () => call(api.GET('/sessions/{sessionId}/results/publication', { params: { path: { sessionId: sessionId! } } })),
    enabled: sessionId !== undefined,
  });
  const results = useQuery({
    queryKey: ['results', sessionId, subject, outcome, baseId, page],
    queryFn: () => call(api.GET('/sessions/{sessionId}/results', { params: { path: { sessionId: sessionId! }, query: { subject, outcome, baseId, page, pageSize: PAGE_SIZE } } })),
    enabled: sessionId !== undefined,
    placeholderData: (previous) => previous,
  });

  const done = (text: string) => {
    setDialog(null);
    setNotice(text);
    // The notice sits at the top of the page; the toast is seen wherever the list was scrolled to.
    void toast.success(text);
    void queryClient.invalidateQueries({ queryKey: ['results', sessionId] });
    void queryClient.invalidateQueries({ queryKey: ['publication', sessionId] });
  };
  const filter = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setPage(1);
  };

  const columns: TableColumnsType<ResultListRow> = [
    {
      title: '考生',
      key: 'who',
      width: 150,
      render: (_, row) => (
        <div>
          <div>{row.name}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.idNumberMasked}
          </Typography.Text>
        </div>
      ),
    },
    { title: '培训基地', dataIndex: 'baseName', width: 150 },
    { title: '科目', dataIndex: 'subject', width: 110, render: (value: Subject) => SUBJECT_LABEL[value] },
    {
      title: '成绩',
      key: 'score',
      width: 240,
      render: (_, row) => (
        <div>
          {row.outcome === 'ABSENT' ? '—' : `${row.subject === 'SKILLS' ? '总分 ' : ''}${formatScore(row.score)}`}
          {row.subject === 'SKILLS' && row.outcome !== 'ABSENT' && <StationLine stations={row.stationScores} failedCriticalItems={row.failedCriticalItems} />}
        </div>
      ),
    },
    {
      title: '结果',
      key: 'outcome',
      width: 170,
      render: (_, row) => (
        <div>
          {row.voided ? <ToneTag tone="gray">已取消</ToneTag> : <ToneTag tone={OUTCOME_TONE[row.outcome]}>{row.outcomeLabel.zh || OUTCOME_LABEL[row.outcome]}</ToneTag>}
          <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
            {row.published ? '已公布' : '未公布'} · {SOURCE_LABEL[row.source]}
          </Typography.Text>
          {row.voided && (
            <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
              {row.voidKind ? VOID_KIND_LABEL[row.voidKind] : ''}
              {row.voidReason ? `：${row.voidReason}` : ''}
            </Typography.Text>
          )}
        </div>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 140,
      render: (_, row) => {
        if (row.voided) return <Typography.Text type="secondary">—</Typography.Text>;
        return (
          <Space size={0} wrap>
            {row.published ? (
              <Button type="link" size="small" onClick={() => setDialog({ kind: 'correct', row })} aria-label={`更正（${row.name}，${SUBJECT_LABEL[row.subject]}）`}>
                更正
              </Button>
            ) : row.subject === 'SKILLS' ? (
              <Button
                type="link"
                size="small"
                onClick={() => setDialog({ kind: 'skills', target: { traineeId: row.traineeId, name: row.name, version: row.version, stationScores: row.stationScores, failedCriticalItems: row.failedCriticalItems } })}
                aria-label={`修改（${row.name}，技能成绩）`}
              >
                修改
              </Button>
            ) : (
              <Tooltip title="未公布的理论成绩请重新导入成绩文件修改">
                <Typography.Text type="secondary" style={{ paddingInline: 7, fontSize: 14 }}>
                  重新导入可改
                </Typography.Text>
              </Tooltip>
            )}
            <Button type="link" size="small" danger onClick={() => setDialog({ kind: 'void', row })} aria-label={`取消成绩（${row.name}，${SUBJECT_LABEL[row.subject]}）`}>
              取消成绩
            </Button>
          </Space>
        );
      },
    },
  ];

  const chosen: SessionView | undefined = session;
  return (
    <>
      {toastHolder}
      <Typography.Title level={2}>成绩发布与更正</Typography.Title>
      <Typography.Paragraph type="secondary">每个科目单独公布；公布前考生看不到成绩。公布后成绩只能逐条更正或取消，并须填写理由。</Typography.Paragraph>
      <ScoringErrorAlert error={sessions.error ?? publication.error} />
      <Form layout="vertical" style={{ marginBottom: 16 }}>
        <SessionSelect sessions={sessions.data ?? []} value={session?.id} onChange={choose} />
      </Form>
      {notice && <Alert type="success" showIcon closable onClose={() => setNotice(null)} message={notice} style={{ marginBottom: 16 }} role="status" />}

      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {(publication.data ?? []).map((p) => (
          <Col key={p.subject} xs={24} md={12}>
            <PublicationCard publication={p} onPublish={() => setDialog({ kind: 'publish', publication: p })} onEnterSkills={() => setDialog({ kind: 'skills', target: null })} />
          </Col>
        ))}
      </Row>

      <Card title="成绩列表">
        <Form layout="vertical">
          <Flex wrap gap={16} style={{ marginBottom: 8 }}>
            <Form.Item label="科目" htmlFor="results-subject" style={{ marginBottom: 8, width: 180 }}>
              <Select id="results-subject" allowClear placeholder="全部科目" value={subject} onChange={filter(setSubject)} options={SUBJECTS.map((s) => ({ value: s, label: SUBJECT_LABEL[s] }))} />
            </Form.Item>
            <Form.Item label="结果" htmlFor="results-outcome" style={{ marginBottom: 8, width: 140 }}>
              <Select
                id="results-outcome"
                allowClear
                placeholder="全部"
                value={outcome}
                onChange={filter(setOutcome)}
                options={(['PASSED', 'FAILED', 'ABSENT'] as const).map((o) => ({ value: o, label: OUTCOME_LABEL[o] }))}
              />
            </Form.Item>
            <Form.Item label="培训基地" htmlFor="results-base" style={{ marginBottom: 8, flex: '1 1 240px', maxWidth: 360 }}>
              <Select
                id="results-base"
                allowClear
                showSearch
                optionFilterProp="label"
                placeholder="全部基地"
                value={baseId}
                onChange={filter(setBaseId)}
                options={organisationOptions(organisations.data ?? [], ['BASE'])}
              />
            </Form.Item>
          </Flex>
        </Form>
        <ScoringErrorAlert error={results.error} />
        <Table
          rowKey="attemptId"
          size="middle"
          columns={columns}
          dataSource={results.data?.items ?? []}
          loading={results.isFetching}
          scroll={{ x: 960 }}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: results.data?.total ?? 0, onChange: setPage, showSizeChanger: false, showTotal: (total) => `共 ${total} 条` }}
          locale={{ emptyText: <EmptyText>没有符合条件的成绩</EmptyText> }}
        />
      </Card>

      {chosen && dialog?.kind === 'publish' && (
        <PublishModal
          sessionName={chosen.name}
          publication={dialog.publication}
          onClose={() => setDialog(null)}
          onPublished={(view) =>
            done(`${SUBJECT_LABEL[view.subject]}成绩已于 ${formatDateTime(view.publishedAt)} 公布，共 ${view.results ?? 0} 条${view.missing ? `；${view.missing} 名考生没有成绩` : ''}。考生现在可以查看。`)
          }
        />
      )}
      {chosen && dialog?.kind === 'correct' && (
        <CorrectionModal row={dialog.row} session={chosen} onClose={() => setDialog(null)} onDone={(view) => done(`已更正 ${dialog.row.name} 的${SUBJECT_LABEL[view.subject]}成绩：${view.explanation.zh}`)} />
      )}
      {dialog?.kind === 'void' && <VoidModal row={dialog.row} onClose={() => setDialog(null)} onDone={() => done(`已取消 ${dialog.row.name} 的${SUBJECT_LABEL[dialog.row.subject]}成绩。`)} />}
      {chosen && dialog?.kind === 'skills' && (
        <SkillsEntryModal session={chosen} target={dialog.target} onClose={() => setDialog(null)} onDone={(view) => done(`已保存技能成绩：${view.explanation.zh}`)} />
      )}
    </>
  );
}
