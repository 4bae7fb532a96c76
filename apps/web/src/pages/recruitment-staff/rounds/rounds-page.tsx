import { Card, Descriptions, Empty, Flex, Form, List, Table, Typography } from 'antd';
import { useState } from 'react';
import type { Schemas } from '../../../api/client';
import { ErrorAlert } from '../../../components/error-alert';
import { ReadableTag } from '../../../components/readable-tag';
import { formatDateTime } from '../../../format/time';
import { APPLICANT_TYPE_LABEL } from '../labels';
import { chosenRound, RoundSelect } from '../round-select';
import { useRound, useRounds, useStaffRecruitment } from '../staff-context';

type Detail = Schemas['RecruitmentRoundDetail'];
type BaseQuota = Schemas['RoundBaseView'];

const RANKING_KIND_LABEL: Record<Detail['ranking']['kind'], string> = {
  CENTRE_RANKING: '招录主管部门统一排名成绩（集中录入或导入）',
  BASE_ASSESSMENT: '各培训基地按志愿轮次考核，分轮录入成绩',
};

/** A base assessment round's days and results time; a notice that gives none says they come later. */
function scheduleText(each: Detail['ranking']['rounds'][number]): string {
  const { opensAt, closesAt } = each.assessment;
  const days = opensAt && closesAt ? `${formatDateTime(opensAt)} 至 ${formatDateTime(closesAt)}` : '另行通知';
  return `考核时间 ${days}；结果公布 ${each.resultsVisibleAt ? formatDateTime(each.resultsVisibleAt) : '另行通知'}`;
}

function chainText(levels: readonly Schemas['ReviewLevelView'][]): string {
  if (levels.length === 0) return '无';
  return levels.map((l) => `${l.label.zh}（${formatDateTime(l.window.opensAt)} 至 ${formatDateTime(l.window.closesAt)}）`).join(' → ');
}

/** A round's configuration as the notice sets it: windows, applicant types, quotas per base and type, review chain, policy. */
export function RoundsPage() {
  const { standing } = useStaffRecruitment();
  const rounds = useRounds();
  const [askedRound, setAskedRound] = useState<number>();
  const roundId = chosenRound(rounds.data, askedRound);
  const round = useRound(roundId);
  const detail: Detail | undefined = round.data;
  return (
    <>
      <Typography.Title level={2}>招录计划</Typography.Title>
      <Typography.Paragraph>
        {standing.jurisdictionName.zh}的招录计划{standing.kind === 'AUTHORITY' ? '（本部门为招录主管部门）' : '（只读）'}：报名与审核时间、招录名额、审核环节和报名条件。
      </Typography.Paragraph>
      <ErrorAlert error={rounds.error ?? round.error} />
      <Form layout="vertical" component="div">
        <RoundSelect id="round-select" rounds={rounds.data} value={roundId} onChange={setAskedRound} />
      </Form>
      {rounds.data?.length === 0 && <Empty description="本辖区还没有招录计划" />}
      {detail && (
        <Flex vertical gap={16}>
          <Card title={`${detail.name}（${detail.code}）`}>
            <Descriptions column={{ xs: 1, md: 2 }} size="small">
              <Descriptions.Item label="报名时间">
                {formatDateTime(detail.signupOpensAt)} 至 {formatDateTime(detail.signupClosesAt)} {detail.signupOpen ? <ReadableTag tone="green">报名中</ReadableTag> : <ReadableTag tone="grey">未在报名时间</ReadableTag>}
              </Descriptions.Item>
              <Descriptions.Item label="录取时间">
                {formatDateTime(detail.admission.opensAt)} 至 {formatDateTime(detail.admission.closesAt)}
              </Descriptions.Item>
              <Descriptions.Item label="结果公布">{formatDateTime(detail.admission.resultsVisibleAt)}</Descriptions.Item>
              <Descriptions.Item label="报到截止">{formatDateTime(detail.reportingDeadline)}</Descriptions.Item>
              <Descriptions.Item label="招录对象">{detail.applicantTypes.map((t) => APPLICANT_TYPE_LABEL[t]).join('、')}</Descriptions.Item>
              <Descriptions.Item label="志愿">最多 {detail.choicesMax} 个{detail.adjustmentOffered ? '，可服从调剂' : '，不设调剂'}</Descriptions.Item>
              <Descriptions.Item label="录取方式" span={{ xs: 1, md: 2 }}>
                {detail.admissionRule.summary.zh}
              </Descriptions.Item>
              <Descriptions.Item label="排名依据">{RANKING_KIND_LABEL[detail.ranking.kind]}</Descriptions.Item>
              <Descriptions.Item label="名额分配">{detail.quotaSplit === 'BY_BASE_AND_TYPE' ? '按基地和报名类型' : detail.quotaSplit === 'BY_BASE' ? '按基地' : '尚未公布计划'}</Descriptions.Item>
              <Descriptions.Item label="报名条件">
                {detail.policy.name.zh}（{detail.policy.version}）
              </Descriptions.Item>
            </Descriptions>
          </Card>
          {detail.ranking.kind === 'BASE_ASSESSMENT' && (
            <Card title="基地考核安排（时间均为北京时间）">
              <Descriptions column={1} size="small">
                {detail.ranking.rounds.map((each) => (
                  <Descriptions.Item key={each.round} label={each.label.zh}>
                    {scheduleText(each)}
                  </Descriptions.Item>
                ))}
              </Descriptions>
            </Card>
          )}
          <Card title="审核环节（时间均为北京时间）">
            <Descriptions column={1} size="small">
              {detail.applicantTypes.map((type) => (
                <Descriptions.Item key={type} label={APPLICANT_TYPE_LABEL[type]}>
                  {chainText(detail.reviewChain[type])}
                </Descriptions.Item>
              ))}
              <Descriptions.Item label="录取后复审">{chainText(detail.reviewChain.afterAdmission)}</Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title={`招录名额（共 ${detail.bases.reduce((sum, b) => sum + b.total, 0)} 名）`}>
            <Table<BaseQuota>
              rowKey="baseId"
              size="small"
              pagination={false}
              dataSource={detail.bases}
              scroll={{ x: 'max-content' }}
              columns={[
                { title: '培训基地', dataIndex: 'name' },
                { title: '所在市', dataIndex: 'cityName', render: (value: string | null) => value ?? '—' },
                ...(detail.quotaSplit === 'BY_BASE_AND_TYPE'
                  ? [
                      { title: '单位人', key: 'employed', render: (_: unknown, b: BaseQuota) => b.seats.EMPLOYED },
                      { title: '社会人', key: 'independent', render: (_: unknown, b: BaseQuota) => b.seats.INDEPENDENT },
                    ]
                  : []),
                { title: '合计', dataIndex: 'total' },
              ]}
            />
          </Card>
          <Card title="报名条件">
            <List size="small" dataSource={detail.policy.criteria} renderItem={(criterion) => <List.Item>{criterion.zh}</List.Item>} />
            {detail.notes.length > 0 && (
              <>
                <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
                  说明
                </Typography.Title>
                <List size="small" dataSource={detail.notes} renderItem={(note) => <List.Item>{note}</List.Item>} />
              </>
            )}
          </Card>
        </Flex>
      )}
    </>
  );
}
