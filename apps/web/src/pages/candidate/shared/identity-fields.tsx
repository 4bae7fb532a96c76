import { Form, Input, Select } from 'antd';
import type { FormItemProps } from 'antd';
import { ID_TYPE_LABEL, type IdType } from './labels';

const ID_TYPES = (Object.keys(ID_TYPE_LABEL) as IdType[]).map((value) => ({ value, label: ID_TYPE_LABEL[value] }));

/** The server's refusal of a field, shown at it: its status and words (empty when the server said nothing of it). */
export type FieldHelp = (field: 'name' | 'idNumber') => Pick<FormItemProps, 'validateStatus' | 'help'>;

/**
 * Name, ID type and ID number, as both registrations ask them (a trainee's, matched to the roster, and an
 * applicant's): the same checks in the browser before the server's own.
 */
export function IdentityFields({ at }: { at: FieldHelp }) {
  return (
    <>
      <Form.Item label="姓名" name="name" rules={[{ required: true, whitespace: true, message: '请输入姓名' }]} {...at('name')}>
        <Input autoComplete="name" />
      </Form.Item>
      <Form.Item label="证件类型" name="idType">
        <Select options={ID_TYPES} />
      </Form.Item>
      <Form.Item
        label="证件号码"
        name="idNumber"
        dependencies={['idType']}
        rules={[
          { required: true, whitespace: true, message: '请输入证件号码' },
          ({ getFieldValue }) => ({
            validator: (_rule, value: string | undefined) =>
              getFieldValue('idType') !== 'RESIDENT_ID' || !value || /^\d{17}[\dXx]$/.test(value.trim()) ? Promise.resolve() : Promise.reject(new Error('居民身份证号码为 18 位，末位可能是 X')),
          }),
        ]}
        {...at('idNumber')}
      >
        <Input autoComplete="off" />
      </Form.Item>
    </>
  );
}
