import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, List, Modal, Progress, Radio, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { api, call, type Schemas } from '../../../api/client';
import { ErrorAlert } from '../../../components/error-alert';
import { approveOne, isBulkCandidate, type BulkItem, type BulkOutcome } from './bulk-approve.rules';
import type { SignupQuery } from './signup-filters';

type Row = Schemas['SignupListRow'];
type Scope = 'page' | 'filter';
type Stage = { step: 'choose' } | { step: 'counting'; pagesRead: number; pages: number } | { step: 'confirm'; items: BulkItem[] } | { step: 'running' | 'done'; items: BulkItem[]; outcomes: BulkOutcome[]; stopped: boolean };

/** The largest page the API serves: counting a filter of 5,000 sign-ups reads 25 pages of ids, shown nowhere. */
const SCAN_PAGE_SIZE = 200;

const toItem = (row: Row): BulkItem => ({ id: row.id, name: row.name, idNumberMasked: row.idNumberMasked });

/**
 * Approves, one request after another, the sign-ups that wait for the base and passed every rule: those on
 * the page, or all those the filter finds. The reviewer sees how many before anything is sent, the progress
 * while it runs, and every sign-up that was skipped or refused, with the reason.
 */
export function BulkApprove({ rows, query, total }: { rows: Row[]; query: SignupQuery; total: number }) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [scope, setScope] = useState<Scope>('page');
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [scanError, setScanError] = useState<unknown>(null);
  const stopRequested = useRef(false);
  const onPage = rows.filter(isBulkCandidate).map(toItem);
  const filterCanHaveCandidates = query.status === undefined || query.status === 'SUBMITTED';

  const start = () => {
    setScope('page');
    setStage({ step: 'choose' });
    setScanError(null);
    setOpen(true);
  };

  /** The whole filter, narrowed to sign-ups waiting for the base, read page by page for their ids. */
  const countFilter = async () => {
    setScanError(null);
    const base = { ...query, status: 'SUBMITTED' as const, pageSize: SCAN_PAGE_SIZE };
    const items: BulkItem[] = [];
    try {
      let page = 1;
      let pages = 1;
      do {
        setStage({ step: 'counting', pagesRead: page - 1, pages });
        const answer = await call(api.GET('/signups', { params: { query: { ...base, page } } }));
        pages = Math.max(1, Math.ceil(answer.total / SCAN_PAGE_SIZE));
        items.push(...answer.items.filter(isBulkCandidate).map(toItem));
        page += 1;
      } while (page <= pages);
      setStage({ step: 'confirm', items });
    } catch (error) {
      setScanError(error);
      setStage({ step: 'choose' });
    }
  };

  const next = () => {
    if (scope === 'page') setStage({ step: 'confirm', items: onPage });
    else void countFilter();
  };

  const run = async (items: BulkItem[]) => {
    stopRequested.current = false;
    const outcomes: BulkOutcome[] = [];
    setStage({ step: 'running', items, outcomes, stopped: false });
    for (const item of items) {
      if (stopRequested.current) break;
      outcomes.push(
        await approveOne(item, {
          load: (id) => call(api.GET('/signups/{id}', { params: { path: { id } } })),
          approve: (id, expectedVersion) => call(api.POST('/signups/{id}/base-review', { params: { path: { id } }, body: { decision: 'APPROVE', expectedVersion } })),
        }),
      );
      setStage({ step: 'running', items, outcomes: [...outcomes], stopped: false });
    }
    setStage({ step: 'done', items, outcomes, stopped: stopRequested.current });
    void queryClient.invalidateQueries({ queryKey: ['signups'] });
    void queryClient.invalidateQueries({ queryKey: ['signup'] });
  };

  const running = stage.step === 'running' || stage.step === 'counting';
  const close = () => {
    if (!running) setOpen(false);
  };

  let body: React.ReactNode;
  let footer: React.ReactNode;
  switch (stage.step) {
    case 'choose':
      body = (
        <>
          <Typography.Paragraph>只批准“等待基地审核”且资格核验全部规则符合的报名。每条批准前会重新读取核验结果；含特殊情况放行或状态已变化的，会跳过并列出，请逐条审核。</Typography.Paragraph>
          <ErrorAlert error={scanError} />
          <Radio.Group value={scope} onChange={(event) => setScope(event.target.value as Scope)} aria-label="批量范围">
            <Space direction="vertical">
              <Radio value="page">本页：{onPage.length} 条符合条件</Radio>
              <Radio value="filter" disabled={!filterCanHaveCandidates}>
                当前筛选的全部结果（共 {total} 条，先统计其中符合条件的）
              </Radio>
            </Space>
          </Radio.Group>
          {!filterCanHaveCandidates && <Alert type="info" showIcon style={{ marginTop: 12 }} message="当前状态筛选不是“等待基地审核”，筛选结果中没有可批准的报名。" />}
        </>
      );
      footer = [
        <Button key="cancel" onClick={close}>
          取消
        </Button>,
        <Button key="next" type="primary" disabled={scope === 'page' && onPage.length === 0} onClick={next}>
          下一步
        </Button>,
      ];
      break;
    case 'counting':
      body = (
        <>
          <Typography.Paragraph>正在统计符合条件的报名（已读 {stage.pagesRead} / {stage.pages} 页）……</Typography.Paragraph>
          <Progress percent={Math.round((stage.pagesRead / stage.pages) * 100)} />
        </>
      );
      footer = null;
      break;
    case 'confirm':
      body =
        stage.items.length === 0 ? (
          <Alert type="info" showIcon message="没有符合条件的报名：没有“等待基地审核”且资格核验全部符合的报名。" />
        ) : (
          <Alert type="warning" showIcon message={`确定批准 ${stage.items.length} 条报名吗？`} description="批准后报名交由省全科医学培训中心复审，考生会收到通知。将逐条提交，可随时停止。" />
        );
      footer = [
        <Button key="back" onClick={() => setStage({ step: 'choose' })}>
          返回
        </Button>,
        <Button key="go" type="primary" disabled={stage.items.length === 0} onClick={() => void run(stage.items)}>
          批准 {stage.items.length} 条
        </Button>,
      ];
      break;
    case 'running':
    case 'done': {
      const approved = stage.outcomes.filter((o) => o.kind === 'approved').length;
      const problems = stage.outcomes.filter((o): o is Exclude<BulkOutcome, { kind: 'approved' }> => o.kind !== 'approved');
      body = (
        <>
          <Progress percent={Math.round((stage.outcomes.length / stage.items.length) * 100)} status={stage.step === 'running' ? 'active' : problems.length ? 'exception' : 'success'} aria-label="批量批准进度" />
          <Typography.Paragraph role="status">
            {stage.step === 'running' ? '正在处理' : stage.stopped ? '已停止' : '已完成'}：已处理 {stage.outcomes.length} / {stage.items.length} 条，批准 {approved} 条
            {problems.length > 0 && `，未批准 ${problems.length} 条`}。
          </Typography.Paragraph>
          {problems.length > 0 && (
            <List
              size="small"
              header={<Typography.Text strong>未批准的报名（请逐条查看）</Typography.Text>}
              bordered
              dataSource={problems}
              rowKey={(o) => o.item.id}
              style={{ maxHeight: 280, overflow: 'auto' }}
              renderItem={(o) => (
                <List.Item>
                  <div>
                    <Typography.Text strong>
                      {o.item.name}（{o.item.idNumberMasked}）
                    </Typography.Text>
                    <div>
                      {o.message}
                      {o.kind === 'failed' && <span style={{ fontSize: 12, color: '#595959' }}>（错误代码：{o.code}）</span>}
                    </div>
                  </div>
                </List.Item>
              )}
            />
          )}
        </>
      );
      footer =
        stage.step === 'running'
          ? [
              <Button key="stop" danger onClick={() => (stopRequested.current = true)}>
                停止
              </Button>,
            ]
          : [
              <Button key="close" type="primary" onClick={close}>
                关闭
              </Button>,
            ];
      break;
    }
  }

  return (
    <>
      <Button onClick={start}>批量批准</Button>
      <Modal open={open} title="批量批准资格核验全部符合的报名" onCancel={close} closable={!running} maskClosable={false} keyboard={!running} footer={footer} destroyOnHidden>
        {body}
      </Modal>
    </>
  );
}
