import 'reflect-metadata';
import { bootstrapHttpProcess } from '@casetrail/platform-nest';
import { casetrailAppModule, CASETRAIL_HTTP_OPTIONS } from './app.module';

void bootstrapHttpProcess(casetrailAppModule(), CASETRAIL_HTTP_OPTIONS);
