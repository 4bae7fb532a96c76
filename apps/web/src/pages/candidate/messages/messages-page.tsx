import { Alert, Typography } from 'antd';
import { Link } from 'react-router';

/**
 * The message centre needs GET /me/messages, the unread count and "mark read", which the API does not offer yet;
 * until it does, this page says where the same news is found, instead of an empty list that looks like "nothing new".
 */
export default function MessagesPage() {
  return (
    <>
      <Typography.Title level={2}>消息中心</Typography.Title>
      <Alert
        type="info"
        showIcon
        message="消息中心正在建设中"
        description={
          <>
            <p style={{ margin: '4px 0' }}>
              审核结果、退回原因和修改截止时间，请在<Link to="/candidate">我的首页</Link>和<Link to="/candidate/signup">考核报名</Link>查看；准考证打印时间见
              <Link to="/candidate/tickets">准考证</Link>，成绩见<Link to="/candidate/results">成绩与有效期</Link>。
            </p>
            <p style={{ margin: '4px 0' }}>考核安排在本平台公布，不再电话通知，请定期登录查看。</p>
          </>
        }
      />
    </>
  );
}
