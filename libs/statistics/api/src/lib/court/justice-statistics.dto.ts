import { ApiProperty } from '@nestjs/swagger';
import { COURT_DURATION_MEASURES, JUSTICE_FUNNEL_STEPS } from '@casetrail/statistics-domain';
import { ProvinceProperty, ProvincesProperty, YearProperty } from '../http/statistics.dto';

/* OpenAPI shapes of the justice funnel and the court stage durations (what the domain builds). */

export class JusticeFunnelCountsDto {}
export class JusticeFunnelPercentsDto {}
for (const step of JUSTICE_FUNNEL_STEPS) {
  ApiProperty({ type: 'integer', minimum: 0, example: 0 })(JusticeFunnelCountsDto.prototype, step);
  ApiProperty({ type: 'number', nullable: true, example: 50, description: 'Percent of forwarded, 2 decimals; null when none was forwarded' })(
    JusticeFunnelPercentsDto.prototype,
    step,
  );
}

abstract class ProvinceRowBaseDto {
  @ApiProperty({ enum: ['province', 'total'], example: 'province' })
  level!: 'province' | 'total';

  @ApiProperty({ type: 'string', nullable: true, example: 'battambang', description: 'Null on the total row' })
  province!: string | null;

  @ApiProperty({ example: 'Battambang' })
  label!: string;
}

export class JusticeFunnelRowDto extends ProvinceRowBaseDto {
  @ApiProperty({ type: JusticeFunnelCountsDto })
  counts!: JusticeFunnelCountsDto;
  @ApiProperty({ type: JusticeFunnelPercentsDto })
  percentOfForwarded!: JusticeFunnelPercentsDto;
}

abstract class ScopedBaseDto {
  @YearProperty()
  year!: number;

  @ProvinceProperty('The province asked for, else null')
  province!: string | null;

  @ProvincesProperty()
  provinces!: string[] | null;
}

export class JusticeFunnelDto extends ScopedBaseDto {
  @ApiProperty({ type: 'string', format: 'date', example: '2021-06-30', description: 'Steps reached by this day (included)' })
  asOf!: string;
  @ApiProperty({ enum: JUSTICE_FUNNEL_STEPS, isArray: true, description: 'The steps, in funnel order' })
  steps!: string[];
  @ApiProperty({ type: [JusticeFunnelRowDto], description: 'One row per province of the police case, then the total' })
  rows!: JusticeFunnelRowDto[];
}

export class DurationSummaryDto {
  @ApiProperty({ type: 'integer', minimum: 0, example: 12, description: 'Durations ending in the year' })
  count!: number;
  @ApiProperty({ type: 'integer', nullable: true, example: 9, description: 'Nearest-rank median, days; null when count is 0' })
  medianDays!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, example: 31, description: 'Nearest-rank 90th percentile, days; null when count is 0' })
  p90Days!: number | null;
}

export class CourtDurationsByMeasureDto {}
for (const measure of COURT_DURATION_MEASURES) ApiProperty({ type: DurationSummaryDto })(CourtDurationsByMeasureDto.prototype, measure);

export class CourtDurationsRowDto extends ProvinceRowBaseDto {
  @ApiProperty({ type: CourtDurationsByMeasureDto })
  durations!: CourtDurationsByMeasureDto;
}

export class CourtDurationsDto extends ScopedBaseDto {
  @ApiProperty({ enum: COURT_DURATION_MEASURES, isArray: true, description: 'The durations measured' })
  measures!: string[];
  @ApiProperty({ type: [CourtDurationsRowDto], description: 'One row per province of the court, then the total over the same durations pooled' })
  rows!: CourtDurationsRowDto[];
}
