export * from './beijing-time';
export * from './clock';
