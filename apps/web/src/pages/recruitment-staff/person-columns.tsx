import { Typography, type TableColumnsType } from 'antd';
import type { Schemas } from '../../api/client';
import { APPLICANT_TYPE_LABEL } from './labels';

/** The first columns of every staff list of applicants: the name over the masked ID number, then the applicant type. */
export function personColumns<T extends { name: string; idMasked: string; applicantType: Schemas['ApplicantType'] }>(): TableColumnsType<T> {
  return [
    {
      title: '姓名',
      dataIndex: 'name',
      render: (_, row) => (
        <>
          <div>{row.name}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.idMasked}
          </Typography.Text>
        </>
      ),
    },
    { title: '类型', dataIndex: 'applicantType', render: (value: T['applicantType']) => APPLICANT_TYPE_LABEL[value] },
  ];
}
