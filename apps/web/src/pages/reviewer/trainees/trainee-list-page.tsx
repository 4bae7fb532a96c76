import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Col, Form, Input, Row, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDate } from '../../../format/time';
import { emptyText } from '../empty-text';
import { basesInScope, organisationName, useOrganisations, useReviewer } from '../reviewer-context';
import { StatusTag } from '../status-tag';
import { RosterImport } from './roster-import';
import { serverPagination } from '../server-paging';

type Trainee = Schemas['TraineeView'];

const yesNo = (value: boolean) => (value ? '合格' : <StatusTag tone="error">未合格</StatusTag>);

/** The roster, paged by the API; a base imports its roster file here, a city only looks. */
export function TraineeListPage() {
  const reviewer = useReviewer();
  const organisations = useOrganisations();
  const bases = basesInScope(reviewer, organisations.data);
  const [name, setName] = useState('');
  const [nameInput, setNameInput] = useState('');
  const [baseId, setBaseId] = useState<number | undefined>(undefined);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const query = { page: paging.page, pageSize: paging.pageSize, ...(name ? { name } : {}), ...(baseId !== undefined ? { baseId } : {}) };
  const list = useQuery({
    queryKey: ['trainees', query],
    queryFn: () => call(api.GET('/trainees', { params: { query } })),
    placeholderData: keepPreviousData,
  });

  const columns: TableColumnsType<Trainee> = [
    {
      title: '姓名',
      dataIndex: 'name',
      render: (_, t) => (
        <>
          <div>{t.name}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t.idNumberMasked}
          </Typography.Text>
        </>
      ),
    },
    ...(reviewer.readOnly ? [{ title: '培训基地', key: 'base', render: (_: unknown, t: Trainee) => organisationName(organisations.data, t.baseId) || '—', responsive: ['md' as const] }] : []),
    { title: '年级', dataIndex: 'cohort', responsive: ['md'] },
    { title: '结束轮转时间', dataIndex: 'rotationEndDate', render: (value: string) => formatDate(value) },
    { title: '阶段考试', dataIndex: 'phaseTheoryPassed', render: yesNo, responsive: ['lg'] },
    { title: '过程考核', dataIndex: 'processAssessmentPassed', render: yesNo, responsive: ['lg'] },
    { title: '照片', dataIndex: 'hasPhoto', render: (value: boolean) => (value ? '已上传' : <StatusTag tone="warning">未上传</StatusTag>), responsive: ['sm'] },
    { title: '备注', key: 'note', render: (_, t) => (t.retrainingRequired ? <StatusTag tone="error">须自费重新培训</StatusTag> : '—'), responsive: ['md'] },
  ];

  return (
    <>
      <Typography.Title level={2}>学员名册</Typography.Title>
      <Typography.Paragraph>
        {reviewer.readOnly
          ? `${organisationName(organisations.data, reviewer.organisationId) || '本市'}各培训基地的学员（只读）。`
          : '本基地的学员。考生须在名册中才能注册和报名；名册有变化时，导入新的名册文件即可（按证件号码新增或更新）。'}
      </Typography.Paragraph>
      {!reviewer.readOnly && <RosterImport />}
      <Form layout="vertical" component="div">
        <Row gutter={16}>
          <Col xs={24} sm={12} lg={8}>
            <Form.Item label="姓名" htmlFor="trainee-name">
              <Input.Search
                id="trainee-name"
                value={nameInput}
                maxLength={50}
                allowClear
                enterButton="查找"
                onChange={(event) => setNameInput(event.target.value)}
                onSearch={(value) => {
                  setName(value.trim());
                  setPaging((p) => ({ ...p, page: 1 }));
                }}
              />
            </Form.Item>
          </Col>
          {reviewer.readOnly && (
            <Col xs={24} sm={12} lg={8}>
              <Form.Item label="培训基地" htmlFor="trainee-base">
                <Select
                  id="trainee-base"
                  value={baseId ?? 'all'}
                  onChange={(value: number | 'all') => {
                    setBaseId(value === 'all' ? undefined : value);
                    setPaging((p) => ({ ...p, page: 1 }));
                  }}
                  options={[{ value: 'all', label: '全部基地' }, ...bases.map((b) => ({ value: b.id, label: b.name }))]}
                />
              </Form.Item>
            </Col>
          )}
        </Row>
      </Form>
      <ErrorAlert error={list.error ?? organisations.error} />
      <Table<Trainee>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isPending}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: emptyText(name ? '没有姓名包含这些字的学员' : '名册中还没有学员') }}
        pagination={serverPagination(paging, setPaging, list.data?.total ?? 0)}
      />
    </>
  );
}
