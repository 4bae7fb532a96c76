export * from './chromium-profiles';
export * from './pdf-pages';
export * from './pdf-renderer';
export * from './qr-code';
export * from './ticket-template';
