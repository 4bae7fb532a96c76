import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Form, Select, Typography } from 'antd';
import { api, call } from '../../../api/client';
import { ApiError } from '../../../api/errors';
import { ErrorAlert } from '../../../components/error-alert';
import { APPLICANT_TYPE, choosableBases, type Application, type Round } from './labels';
import { RECRUITMENT_KEYS } from './queries';
import { chosen } from './rules';

interface ChoiceValues {
  choices: Array<number | undefined>;
  acceptsAdjustment: boolean;
}

/** What accepting adjustment means for the applicant (RC-4, RC-6). */
export const ADJUSTMENT_NOTICE =
  '同意调剂：您填报的志愿都未被录取时，可被调剂到本批次仍有名额的其他培训基地录取；被调剂录取后即视为您接受该基地，不能再改回原志愿。不同意调剂：志愿都未被录取时，本次不再录取您。';

function choiceProblems(error: unknown): string[] {
  if (!(error instanceof ApiError) || error.code !== 'CHOICES_INVALID') return [];
  const problems = (error.details as { problems?: Array<{ path: string; message: { zh: string } }> } | undefined)?.problems ?? [];
  return problems.map((problem) => problem.message.zh);
}

/** RC-4: ordered choices of the round's bases with seats for the applicant's type, and the adjustment answer. */
export function ChoicesStep({ round, application, onSaved }: { round: Round; application: Application; onSaved: () => void }) {
  const queryClient = useQueryClient();
  const bases = choosableBases(round, application.applicantType);
  const seatsOf = (base: Round['bases'][number]) => (round.quotaSplit === 'BY_BASE_AND_TYPE' ? base.seats[application.applicantType] : base.total);
  const save = useMutation({
    mutationFn: (values: ChoiceValues) =>
      call(
        api.PUT('/me/recruitment/applications/{id}/choices', {
          params: { path: { id: application.id } },
          body: { baseIds: values.choices.filter((id): id is number => id !== undefined && id !== null), acceptsAdjustment: round.adjustmentOffered && values.acceptsAdjustment, expectedVersion: application.version },
        }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData(RECRUITMENT_KEYS.mine, (list: Application[] | undefined) => list?.map((each) => (each.id === saved.id ? saved : each)));
      onSaved();
    },
  });
  const problems = choiceProblems(save.error);
  const initial: ChoiceValues = {
    choices: Array.from({ length: round.choicesMax }, (_, index) => application.choices.find((choice) => choice.order === index + 1)?.baseId),
    acceptsAdjustment: application.acceptsAdjustment,
  };
  return (
    <Card title={<h3 style={{ margin: 0, fontSize: 16 }}>第三步：填报志愿</h3>}>
      <Typography.Paragraph>
        最多填报 {round.choicesMax} 个志愿，按先后顺序录取，第一志愿优先。
        {round.quotaSplit === 'BY_BASE_AND_TYPE' && `只列出有${APPLICANT_TYPE[application.applicantType].label}名额的培训基地。`}
      </Typography.Paragraph>
      {problems.length > 0 ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          message={save.error instanceof ApiError ? save.error.message : '志愿填报不符合要求'}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          }
        />
      ) : (
        <ErrorAlert error={save.error} />
      )}
      <Form<ChoiceValues> layout="vertical" initialValues={initial} disabled={!application.editable} onFinish={(values) => save.mutate(values)}>
        {initial.choices.map((_, index) => (
          <Form.Item
            key={index}
            label={index === 0 ? '第一志愿' : index === 1 ? '第二志愿' : `第 ${index + 1} 志愿`}
            name={['choices', index]}
            rules={index === 0 ? [chosen('请选择第一志愿的培训基地')] : []}
          >
            <Select
              allowClear={index > 0}
              placeholder={index === 0 ? '请选择培训基地' : '可不填'}
              options={bases.map((base) => ({ value: base.baseId, label: `${base.name}${base.cityName ? `（${base.cityName}）` : ''}，计划 ${seatsOf(base)} 人` }))}
            />
          </Form.Item>
        ))}
        {round.adjustmentOffered ? (
          <>
            <Form.Item name="acceptsAdjustment" valuePropName="checked" style={{ marginBottom: 8 }}>
              <Checkbox>同意调剂</Checkbox>
            </Form.Item>
            <Alert type="info" showIcon message="调剂说明" description={ADJUSTMENT_NOTICE} style={{ marginBottom: 16 }} />
          </>
        ) : (
          <Typography.Paragraph style={{ color: '#595959' }}>本批次不安排调剂：所填志愿都未被录取的，本次不再录取。</Typography.Paragraph>
        )}
        {application.editable && (
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            保存志愿并下一步
          </Button>
        )}
      </Form>
    </Card>
  );
}
