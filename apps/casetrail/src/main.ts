import 'reflect-metadata';
import { bootstrapHttpProcess } from '@casetrail/platform-nest';
import { casetrailAppModule } from './app.module';

void bootstrapHttpProcess(casetrailAppModule(), {
  title: 'casetrail',
  webApp: true,
  description:
    'Event-sourced case management for counter-trafficking work: law enforcement, prosecution, courts, victim protection, and the national statistics derived from them.',
});
