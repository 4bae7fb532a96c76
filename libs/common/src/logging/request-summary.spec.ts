import { requestSummary } from './request-summary';

describe('requestSummary (the request as bound to every request logger)', () => {
  it('keeps id, method and url, drops headers (tokens, cookies) and body', () => {
    const request = { id: 7, method: 'POST', url: '/me/signups/3/submit', headers: { authorization: 'Bearer secret', cookie: 'a=b' }, body: { password: 'x' } };
    expect(requestSummary(request)).toEqual({ id: 7, method: 'POST', url: '/me/signups/3/submit' });
  });

  it('masks ID numbers in the url', () => {
    expect(requestSummary({ method: 'GET', url: '/trainees?idNumber=11010519491231002X' }).url).toBe('/trainees?idNumber=110105********002X');
  });
});
