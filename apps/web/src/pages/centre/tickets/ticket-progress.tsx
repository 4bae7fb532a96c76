import { Alert, Button, Progress, Space } from 'antd';
import type { Schemas } from '../../../api/client';
import { ToneTag } from '../sessions/tone-tag';

type TicketProgress = Schemas['TicketProgress'];

const percent = (part: number, total: number) => (total === 0 ? 0 : Math.round((part / total) * 1000) / 10);

/**
 * TK-5: the session's tickets done (green), failed (red) and pending (grey), with what it means and what to do.
 */
export function TicketProgressView({
  progress,
  following,
  onRefresh,
  refreshing,
}: {
  progress: TicketProgress;
  /** this page queued the PDFs and asks for the progress each second */
  following: boolean;
  onRefresh: () => void;
  refreshing: boolean;
}) {
  const { total, done, failed, pending } = progress;
  const finished = pending === 0;
  return (
    <div>
      <Progress
        percent={percent(done + failed, total)}
        success={{ percent: percent(done, total), strokeColor: '#389e0d' }}
        strokeColor="#cf1322"
        status={finished ? 'normal' : 'active'}
        format={() => `${done + failed} / ${total}`}
        aria-label={`准考证生成进度：已完成 ${done} 张，失败 ${failed} 张，等待中 ${pending} 张，共 ${total} 张`}
      />
      <Space wrap style={{ margin: '8px 0 16px' }} aria-live="polite">
        <ToneTag tone="green">已生成 {done}</ToneTag>
        <ToneTag tone={failed > 0 ? 'red' : 'plain'}>失败 {failed}</ToneTag>
        <ToneTag tone={pending > 0 ? 'blue' : 'plain'}>等待中 {pending}</ToneTag>
        <span>共 {total} 张</span>
      </Space>
      {total === 0 && <Alert type="info" showIcon message="还没有准考证：请先在“考点与编排”中编排座位，再点击“生成准考证”。" />}
      {total > 0 && !finished && following && (
        <Alert type="info" showIcon message={`正在生成，还有 ${pending} 张等待中。本页每秒刷新一次；离开本页不影响生成。长时间没有变化时，请在任务队列看板查看。`} />
      )}
      {total > 0 && !finished && !following && (
        <Alert
          type="info"
          showIcon
          message={`还有 ${pending} 张准考证尚未生成 PDF。`}
          description="点击“生成准考证”开始（或继续）生成；如果刚才已经开始生成，点击“刷新进度”查看最新情况。"
          action={
            <Button size="small" onClick={onRefresh} loading={refreshing}>
              刷新进度
            </Button>
          }
        />
      )}
      {total > 0 && finished && failed === 0 && <Alert type="success" showIcon role="status" message={`全部完成：${done} 张准考证已生成。考生在打印时间内可以下载。`} />}
      {total > 0 && finished && failed > 0 && (
        <Alert
          type="error"
          showIcon
          role="status"
          message={`生成结束：${done} 张成功，${failed} 张失败。`}
          description="失败的准考证及原因列在下方；按原因处理后再次生成，只会重新生成失败和未生成的准考证。"
        />
      )}
    </div>
  );
}
