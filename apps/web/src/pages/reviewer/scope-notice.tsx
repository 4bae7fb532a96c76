import { Result } from 'antd';
import { ApiError } from '../../api/errors';
import { ErrorAlert } from '../../components/error-alert';

/** The API does not open this list to the reviewer's role at all (not a matter of filters). */
export function isRoleRefusal(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'FORBIDDEN_ROLE';
}

/**
 * A list the API does not open to this role (FORBIDDEN_ROLE) says so plainly, with whom to ask; any other
 * refusal is shown as the API worded it.
 */
export function ListRefusal({ error, what }: { error: unknown; what: string }) {
  if (error instanceof ApiError && isRoleRefusal(error)) {
    return (
      <Result
        status="info"
        title={`当前账号不能查看${what}`}
        subTitle={
          <>
            {what}由培训基地和省全科医学培训中心查看；如需了解，请联系所辖培训基地或省中心。
            <br />
            <span style={{ fontSize: 12, color: '#595959' }}>错误代码：{error.code}</span>
          </>
        }
      />
    );
  }
  return <ErrorAlert error={error} />;
}
