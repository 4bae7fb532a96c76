import { problemsInChinese } from './session-form';

/** Every problem a refusal listed, in Chinese, under its message. */
export function ProblemList({ error }: { error: unknown }) {
  const problems = problemsInChinese(error);
  if (problems.length === 0) return null;
  return (
    <ul style={{ marginTop: -8, marginBottom: 16, paddingLeft: 20, color: '#a8071a' }}>
      {problems.map((problem) => (
        <li key={problem}>{problem}</li>
      ))}
    </ul>
  );
}
