import { FileStorage } from '@app/common/storage';
import { samplePortraitJpeg } from '@app/common/photo/sample-photo';
import { bearer, createFujian2024Session, createStaff, login } from './fixtures';
import { resetData, TestApi } from './test-api';

/**
 * A fresh Fujian 2024 session with `count` centre-approved candidates of one base, all seated in one skills slot:
 * what the ticket-rendering specs need before they generate. Trainees are written straight to the database (the
 * roster import is not what these specs test); `folder` keeps each spec's photo apart.
 */
export async function seatedCandidates(api: TestApi, count: number, folder: string): Promise<{ sessionId: number; centreToken: string }> {
  await resetData(api.dataSource);
  const sessionId = await createFujian2024Session(api);
  await createStaff(api, 'centre', 'CENTRE_ADMIN', '福建省');
  const centreToken = await login(api, 'centre');
  const photoKey = `photos/${folder}/sample.jpg`;
  await api.app.get(FileStorage).put(photoKey, await samplePortraitJpeg());
  const [base] = await api.dataSource.query("SELECT id, city_id AS cityId FROM organisation WHERE name = '福州市第一总医院'");
  for (let i = 0; i < count; i += 1) {
    await api.dataSource.query(
      `INSERT INTO trainee (name, id_type, id_hash, id_cipher, id_masked, base_id, city_id, cohort, rotation_end_date, phase_theory_passed, process_assessment_passed, photo_key, version)
       VALUES (?, 'RESIDENT_ID', ?, 'x', '350102********0000', ?, ?, '2022', '2024-06-30', 1, 1, ?, 1)`,
      [`考生${i}`, String(i).padStart(64, '0'), base.id, base.cityId, photoKey],
    );
  }
  await api.dataSource.query(
    `INSERT INTO signup (session_id, trainee_id, base_id, city_id, status, subject_theory, subject_skills, version) SELECT ?, id, base_id, city_id, 'APPROVED', 1, 1, 1 FROM trainee`,
    [sessionId],
  );
  const site = await api.http.post(`/sessions/${sessionId}/sites`).set(bearer(centreToken)).send({ code: 'FZ', name: '考点', address: '地址' }).expect(201);
  await api.http
    .post(`/sessions/${sessionId}/sites/${site.body.id}/slots`)
    .set(bearer(centreToken))
    .send({ date: '2024-04-19', startsAt: '08:00', endsAt: '11:30', rooms: [{ id: 'G1', name: '第1站组', capacity: count }] })
    .expect(201);
  await api.http.post(`/sessions/${sessionId}/seating`).set(bearer(centreToken)).expect(200);
  return { sessionId, centreToken };
}
