import { Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useReviewer } from '../reviewer-context';
import { CertificateList } from './certificate-list';
import { RetrainingList } from './retraining-list';
import { RotationDeadlineList } from './rotation-deadline-list';

const TABS = ['retraining', 'certificate', 'rotation'] as const;
type Tab = (typeof TABS)[number];

/** The three standing lists of the reviewer's scope, one tab each (the tab is kept in the address). */
export function StandingPage() {
  const reviewer = useReviewer();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((t) => t === params.get('tab')) ?? 'retraining';
  return (
    <>
      <Typography.Title level={2}>补考、证书与轮转名单</Typography.Title>
      <Typography.Paragraph>
        {reviewer.readOnly ? '本市各培训基地学员的考核进度（只读）。' : '本基地学员的考核进度：谁还需要通过哪一科、到什么时候；谁可以申请培训合格证书；本批次谁有因轮转未按期结束而被取消成绩的风险。'}
      </Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        destroyOnHidden
        items={[
          { key: 'retraining', label: '补考与重新培训', children: <RetrainingList /> },
          { key: 'certificate', label: '证书申请资格', children: <CertificateList /> },
          { key: 'rotation', label: '轮转截止核对', children: <RotationDeadlineList /> },
        ]}
      />
    </>
  );
}
