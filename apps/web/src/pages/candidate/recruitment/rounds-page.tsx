import { Alert, Button, Card, Descriptions, Empty, List, Space, Spin, Typography } from 'antd';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { countdown, formatDateTime } from '../../../format/time';
import { serverNow } from '../../../api/server-time';
import { useSession } from '../../../session/session';
import { StateTag } from '../shared/state-tag';
import { APPLICANT_TYPE, STATUS_TONE, type RoundSummary } from './labels';
import { useMyApplications, useRounds } from './queries';

const h3 = (text: string) => <h3 style={{ margin: 0, fontSize: 16 }}>{text}</h3>;

function WindowText({ opensAt, closesAt }: { opensAt: string; closesAt: string }) {
  const now = serverNow();
  const before = new Date(opensAt).getTime() > now;
  return (
    <span>
      {formatDateTime(opensAt)} 至 {formatDateTime(closesAt)}
      <br />
      <span style={{ color: '#595959' }}>{before ? `距报名开始${countdown(opensAt, now)}` : `距报名截止${countdown(closesAt, now)}`}</span>
    </span>
  );
}

function RoundItem({ round, applied }: { round: RoundSummary; applied: boolean }) {
  return (
    <List.Item data-round={round.code}>
      <div style={{ width: '100%' }}>
        <Space wrap style={{ marginBottom: 8 }}>
          <strong style={{ fontSize: 15 }}>{round.name}</strong>
          <StateTag tone={round.signupOpen ? 'green' : 'grey'}>{round.signupOpen ? '报名开放中' : '未在报名时间内'}</StateTag>
        </Space>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            { key: 'where', label: '招录地区', children: round.jurisdictionName.zh },
            { key: 'year', label: '年度', children: `${round.year} 年` },
            { key: 'window', label: '报名时间', children: <WindowText opensAt={round.signupOpensAt} closesAt={round.signupClosesAt} /> },
            { key: 'types', label: '招录类别', children: round.applicantTypes.map((type) => APPLICANT_TYPE[type].label).join('、') },
          ]}
        />
        <Link to={`rounds/${round.id}`}>
          <Button type={applied ? 'default' : 'primary'} style={{ marginTop: 8 }}>
            {applied ? '查看我的报名' : '查看招录计划并报名'}
          </Button>
        </Link>
      </div>
    </List.Item>
  );
}

/** The rounds open to apply, and the applicant's own applications with their state. */
export default function RoundsPage() {
  const { user } = useSession();
  const applicant = user?.traineeId === null;
  const rounds = useRounds();
  const mine = useMyApplications(applicant);
  const appliedRounds = new Set((mine.data ?? []).map((application) => application.roundId));
  return (
    <div>
      <Typography.Title level={2}>招录报名</Typography.Title>
      <Typography.Paragraph style={{ color: '#595959' }}>
        助理全科医生培训招录：选择招录批次，填写报名信息、上传材料、填报志愿后提交，由培训基地和卫生健康部门逐级审核。审核和录取结果会发送到消息中心。
      </Typography.Paragraph>
      {!applicant && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message="您当前使用的是结业考核考生账号，可以查看招录批次，但不能用此账号报名。"
          description="报名参加招录，请退出后在注册页选择“招录报名”，以本人证件号码另行注册招录报名账号。"
        />
      )}
      {applicant && (
        <Card title={h3('我的报名')} style={{ marginBottom: 16 }}>
          <ErrorAlert error={mine.error} />
          {mine.isPending ? (
            <Spin aria-label="正在加载我的报名" />
          ) : (mine.data ?? []).length === 0 ? (
            <Empty description="您还没有招录报名。请在下方选择一个报名开放中的批次。" />
          ) : (
            <List
              dataSource={mine.data}
              renderItem={(application) => (
                <List.Item data-application={application.id} actions={[<Link key="open" to={`rounds/${application.roundId}`}>{application.editable ? '继续填写' : '查看详情'}</Link>]}>
                  <List.Item.Meta
                    title={application.roundName}
                    description={
                      <Space wrap>
                        <StateTag tone={STATUS_TONE[application.status]}>{application.statusLabel.zh}</StateTag>
                        <span>{APPLICANT_TYPE[application.applicantType].label}</span>
                        {application.returned && <span style={{ color: '#873800' }}>请于 {formatDateTime(application.returned.correctBy)} 前修改并重新提交</span>}
                      </Space>
                    }
                  />
                </List.Item>
              )}
            />
          )}
        </Card>
      )}
      <Card title={h3('报名开放的招录批次')}>
        <ErrorAlert error={rounds.error} />
        {rounds.isPending ? (
          <Spin aria-label="正在加载招录批次" />
        ) : (rounds.data ?? []).length === 0 ? (
          <Empty description="目前没有报名开放的招录批次。招录公告发布后会在这里显示。" />
        ) : (
          <List dataSource={rounds.data} renderItem={(round) => <RoundItem round={round} applied={appliedRounds.has(round.id)} />} />
        )}
      </Card>
    </div>
  );
}
