import { Alert } from 'antd';
import { ApiError, errorMessage } from '../api/errors';

/** An API refusal in its Chinese message, its code small beside it for the help desk. */
export function ErrorAlert({ error, style }: { error: unknown; style?: React.CSSProperties }) {
  if (!error) return null;
  const code = error instanceof ApiError ? error.code : undefined;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      message={errorMessage(error)}
      description={code ? <span style={{ fontSize: 12, color: '#595959' }}>错误代码：{code}</span> : undefined}
      style={{ marginBottom: 16, ...style }}
    />
  );
}
