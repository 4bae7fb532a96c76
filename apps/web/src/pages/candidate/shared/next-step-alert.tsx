import { Alert, Button } from 'antd';
import { useNavigate } from 'react-router';
import type { NextStep } from './next-step';

/** A sign-up's state with its reason, deadline and the one thing to do next. */
export function NextStepAlert({ step, showAction = true }: { step: NextStep; showAction?: boolean }) {
  const navigate = useNavigate();
  return (
    <Alert
      type={step.tone}
      showIcon
      message={<strong>{step.title}</strong>}
      description={
        <>
          {step.lines.map((line) => (
            <p key={line} style={{ margin: '4px 0' }}>
              {line}
            </p>
          ))}
          {showAction && step.action && (
            <Button type="primary" style={{ marginTop: 8 }} onClick={() => void navigate(step.action!.to)}>
              {step.action.label}
            </Button>
          )}
        </>
      }
    />
  );
}
