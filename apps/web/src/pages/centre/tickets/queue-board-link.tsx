import { useMutation } from '@tanstack/react-query';
import { Button } from 'antd';
import { api, call } from '../../../api/client';
import { ErrorAlert } from '../../../components/error-alert';

/**
 * The queue board in a new tab. The portal's access token lives in memory and a new tab has none, so the API
 * gives a one-time link (valid for a minute) whose opening sets the board's own cookie. The tab is opened at
 * once, in the click, so no popup blocker stops it, and pointed at the link when it arrives.
 */
export function QueueBoardLink() {
  const open = useMutation({
    mutationFn: async () => {
      const tab = window.open('', '_blank');
      if (tab) tab.opener = null;
      try {
        const link = await call(api.POST('/queues/board-link'));
        if (tab) tab.location.href = link.url;
        else window.location.assign(link.url);
      } catch (error) {
        tab?.close();
        throw error;
      }
    },
  });
  return (
    <>
      <Button type="link" onClick={() => open.mutate()} loading={open.isPending} style={{ paddingInline: 0 }}>
        任务队列看板（新标签页打开）
      </Button>
      <ErrorAlert error={open.error} />
    </>
  );
}
