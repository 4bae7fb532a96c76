export * from './audit-record.entity';
export * from './audit.service';
