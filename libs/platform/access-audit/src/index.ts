export * from './lib/events/access-audit.events';
export * from './lib/recording/access-recorder.service';
export * from './lib/recording/route-template.decorator';
export * from './lib/read-model/personal-data-access.projection';
export * from './lib/querying/list-accesses.query';
export * from './lib/querying/access-page.dto';
export * from './lib/querying/access-audit-queries.service';
export * from './lib/access-audit.module';
