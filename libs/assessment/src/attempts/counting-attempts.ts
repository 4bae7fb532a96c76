/**
 * SC-4: a result counts (for standing, and for sign-up eligibility) once its subject's results of its
 * session are published. Results from before the platform carry no session and always count.
 * `alias` is the subject_attempt alias of the surrounding query.
 */
export function countingAttemptSql(alias: string): string {
  return `(${alias}.session_id IS NULL OR EXISTS (SELECT 1 FROM result_publication p WHERE p.session_id = ${alias}.session_id AND p.subject = ${alias}.subject))`;
}
