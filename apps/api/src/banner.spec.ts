import { bannerText } from './banner';

describe('the start-up banner', () => {
  const accounts = [
    { username: 'centre', role: 'CENTRE_ADMIN', organisation: '福建省' },
    { username: 'cand-lin', role: 'CANDIDATE', organisation: '福州市第一总医院' },
  ];

  it('shows the API, the portal’s address beside the demo accounts, and the accounts', () => {
    const text = bannerText({ apiUrl: 'http://127.0.0.1:3000/api', portalUrl: 'http://127.0.0.1:3000/', docsEnabled: true, accounts, demoPassword: 'Demo#2024' });
    expect(text.split('\n')).toEqual([
      '',
      'API ready at http://127.0.0.1:3000/api  (OpenAPI: http://127.0.0.1:3000/api/docs, health: http://127.0.0.1:3000/api/health)',
      'Portal at http://127.0.0.1:3000/',
      'Demo accounts for the portal at http://127.0.0.1:3000/, password Demo#2024:',
      '  centre         CENTRE_ADMIN   福建省',
      '  cand-lin       CANDIDATE      福州市第一总医院',
      '',
      '',
    ]);
  });

  it('says how to build the portal when it is not built, and leaves out what is off or empty', () => {
    const text = bannerText({ apiUrl: 'http://0.0.0.0:3000/api', portalUrl: null, docsEnabled: false, accounts: [], demoPassword: 'Demo#2024' });
    expect(text.trim().split('\n')).toEqual([
      'API ready at http://0.0.0.0:3000/api  (health: http://0.0.0.0:3000/api/health)',
      'Portal not built: run npm run --workspace @agp/web build (npm run up does it), then reload',
    ]);
  });
});
