import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { Form, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { api, call, download, type Schemas } from '../../../api/client';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDate } from '../../../format/time';
import { emptyText } from '../empty-text';
import { useReviewer } from '../reviewer-context';
import { isRoleRefusal, ListRefusal } from '../scope-notice';
import { baseColumns } from './base-column';
import { StatusTag } from '../status-tag';
import { serverPagination } from '../server-paging';
import { ExportButtons } from '../../../components/export-buttons';

type Row = Schemas['CertificateListRow'];

/** SC-6: who may apply for the training certificate, and for everyone else every reason why not. */
export function CertificateList() {
  const [eligible, setEligible] = useState<'all' | 'yes' | 'no'>('all');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const filter = eligible === 'all' ? {} : { eligible: eligible === 'yes' };
  const query = { ...paging, ...filter };
  const list = useQuery({ queryKey: ['standing', 'certificate', query], queryFn: () => call(api.GET('/standing/certificate-eligibility', { params: { query } })), placeholderData: keepPreviousData });
  const exporting = useMutation({
    mutationFn: (format: 'csv' | 'xlsx') =>
      format === 'csv'
        ? download(api.GET('/standing/certificate-eligibility.csv', { params: { query: filter }, parseAs: 'blob' }), '证书申请资格.csv')
        : download(api.GET('/standing/certificate-eligibility.xlsx', { params: { query: filter }, parseAs: 'blob' }), '证书申请资格.xlsx'),
  });

  const { readOnly } = useReviewer();
  const columns: TableColumnsType<Row> = [
    {
      title: '姓名',
      dataIndex: 'name',
      render: (_, row) => (
        <>
          <div>{row.name}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.idNumberMasked}
          </Typography.Text>
        </>
      ),
    },
    ...baseColumns<Row>(readOnly),
    { title: '年级', dataIndex: 'cohort', responsive: ['lg'] },
    { title: '结束轮转', dataIndex: 'rotationEndDate', render: (value: string) => formatDate(value), responsive: ['md'] },
    { title: '能否申请证书', dataIndex: 'eligible', render: (value: boolean) => (value ? <StatusTag tone="success">可以申请</StatusTag> : <StatusTag tone="error">暂不能申请</StatusTag>) },
    {
      title: '原因',
      dataIndex: 'reasons',
      render: (reasons: Row['reasons']) =>
        reasons.length === 0 ? '全部条件符合' : (
          <ul style={{ margin: 0, paddingInlineStart: 18, maxWidth: 'min(460px, 55vw)', whiteSpace: 'normal' }}>
            {reasons.map((reason, index) => (
              <li key={index}>{reason.zh}</li>
            ))}
          </ul>
        ),
    },
  ];

  if (isRoleRefusal(list.error)) return <ListRefusal error={list.error} what="证书申请资格名单" />;
  return (
    <>
      <Typography.Paragraph>
        两个科目均有有效的合格成绩且同时有效、轮转和过程考核合格、照片与报名照片一致的学员，可申请助理全科医生培训合格证书。
        {list.data && ` 按 ${formatDate(list.data.today)}（北京时间）计算。`}
      </Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Form layout="inline" component="div">
          <Form.Item label="能否申请" htmlFor="certificate-eligible">
            <Select
              id="certificate-eligible"
              value={eligible}
              style={{ minWidth: 160 }}
              onChange={(value) => {
                setEligible(value);
                setPaging((p) => ({ ...p, page: 1 }));
              }}
              options={[
                { value: 'all', label: '全部学员' },
                { value: 'yes', label: '可以申请' },
                { value: 'no', label: '暂不能申请' },
              ]}
            />
          </Form.Item>
        </Form>
        <Space wrap>
          <ExportButtons exporting={exporting.isPending ? (exporting.variables ?? null) : null} onExport={(format) => exporting.mutate(format)} />
        </Space>
      </Space>
      <ErrorAlert error={exporting.error} />
      {list.error ? (
        <ListRefusal error={list.error} what="证书申请资格名单" />
      ) : (
        <Table<Row>
          rowKey="traineeId"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isPending}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: emptyText('没有符合条件的学员') }}
          pagination={serverPagination(paging, setPaging, list.data?.total ?? 0)}
        />
      )}
    </>
  );
}
