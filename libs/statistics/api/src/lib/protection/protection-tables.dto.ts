import { ApiProperty } from '@nestjs/swagger';
import {
  COMPENSATION_FIGURES,
  FOLLOW_UP_DIMENSIONS,
  FOLLOW_UP_FIGURES,
  INTEGRATION_DIMENSIONS,
  INTEGRATION_DURATION_MEASURES,
  INTEGRATION_FIGURES,
  PROTECTION_TABLES,
  RECEIVED_DIMENSIONS,
  RECEIVED_FIGURES,
  SHELTER_ADMISSION_DIMENSIONS,
  SHELTER_ADMISSION_FIGURES,
} from '@casetrail/statistics-domain';
import { DurationSummaryDto } from '../court/justice-statistics.dto';
import { FigureChangeDto, declareFigures, PreviousYearProperty, ProvinceProperty, ProvincesProperty, YearProperty } from '../http/statistics.dto';

/*
 * OpenAPI shapes of the protection tables (report II.D). They describe what the domain builds
 * (`ProtectionTable`, `CompensationTable`, `IntegrationDurations`); per-figure properties are
 * declared from each table's figure list, so the documentation cannot fall behind the figures.
 */

abstract class ProtectionTableBaseDto {
  @YearProperty()
  year!: number;

  @PreviousYearProperty()
  previousYear!: number;

  @ProvinceProperty('The province asked for (figures counted there), else null')
  province!: string | null;

  @ProvincesProperty()
  provinces!: string[] | null;
}

/** Declares the three classes of one breakdown table (figures, changes, row) and returns its table class. */
function breakdownTable(name: string, figures: readonly string[], dimensions: readonly string[], rowsDescription: string) {
  class Figures {}
  class Changes {}
  Object.defineProperty(Figures, 'name', { value: `${name}FiguresDto` });
  Object.defineProperty(Changes, 'name', { value: `${name}ChangesDto` });
  declareFigures(Figures, Changes, figures);

  class Row {
    @ApiProperty({ enum: ['breakdown', 'total'], example: 'breakdown' })
    level!: 'breakdown' | 'total';
    @ApiProperty({ enum: dimensions, nullable: true, example: dimensions[0], description: 'The breakdown this row belongs to; null on the total row' })
    dimension!: string | null;
    @ApiProperty({ type: 'string', nullable: true, example: 'none', description: 'The row\'s code in its breakdown (`none`: no value); null on the total row' })
    code!: string | null;
    @ApiProperty({ example: 'Total' })
    label!: string;
    @ApiProperty({ type: Figures, description: 'Figures of the year' })
    current!: object;
    @ApiProperty({ type: Figures, description: 'Figures of the year before' })
    previous!: object;
    @ApiProperty({ type: Changes })
    change!: object;
  }
  Object.defineProperty(Row, 'name', { value: `${name}RowDto` });

  class Table extends ProtectionTableBaseDto {
    @ApiProperty({ enum: PROTECTION_TABLES, example: PROTECTION_TABLES[0] })
    table!: string;
    @ApiProperty({ enum: figures, isArray: true, description: 'The figures of every row, in column order' })
    figures!: string[];
    @ApiProperty({ enum: dimensions, isArray: true, description: 'The breakdowns, in row order' })
    dimensions!: string[];
    @ApiProperty({ type: [Row], description: rowsDescription })
    rows!: object[];
  }
  Object.defineProperty(Table, 'name', { value: `${name}TableDto` });
  return Table;
}

export const ReceivedTableDto = breakdownTable('Received', RECEIVED_FIGURES, RECEIVED_DIMENSIONS, 'Rows per channel, entry point, country returned from and exploitation type, then the total');
export const ShelterAdmissionsTableDto = breakdownTable('ShelterAdmissions', SHELTER_ADMISSION_FIGURES, SHELTER_ADMISSION_DIMENSIONS, 'Rows per exploitation type and per kind of organisation that sent the person, then the total');
export const IntegrationsTableDto = breakdownTable('Integrations', INTEGRATION_FIGURES, INTEGRATION_DIMENSIONS, 'Rows per kind of integrating organisation and per exploitation type, then the total');
export const FollowUpsTableDto = breakdownTable('FollowUps', FOLLOW_UP_FIGURES, FOLLOW_UP_DIMENSIONS, 'Rows per visit outcome and per kind of visiting organisation, then the total');

const CURRENCY_AMOUNTS = {
  type: 'object',
  additionalProperties: { type: 'integer', minimum: 0 },
  example: { USD: 52447600 },
  description: 'Per ISO 4217 currency, integer minor units (US cents), never converted; every currency of the table',
} as const;

export class CompensationCountsDto {}
export class CompensationCountChangesDto {}
declareFigures(CompensationCountsDto, CompensationCountChangesDto, COMPENSATION_FIGURES);

export class CompensationYearDto {
  @ApiProperty({ type: CompensationCountsDto })
  counts!: CompensationCountsDto;
  @ApiProperty(CURRENCY_AMOUNTS)
  awarded!: Record<string, number>;
  @ApiProperty(CURRENCY_AMOUNTS)
  received!: Record<string, number>;
}

export class CompensationChangeDto {
  @ApiProperty({ type: CompensationCountChangesDto })
  counts!: CompensationCountChangesDto;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: '#/components/schemas/FigureChangeDto' }, description: 'Per currency' })
  awarded!: Record<string, FigureChangeDto>;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: '#/components/schemas/FigureChangeDto' }, description: 'Per currency' })
  received!: Record<string, FigureChangeDto>;
}

export class CompensationRowDto {
  @ApiProperty({ enum: ['organisation', 'total'], example: 'organisation' })
  level!: 'organisation' | 'total';
  @ApiProperty({ type: 'string', nullable: true, example: 'ngo-chab-dai', description: 'The supporting organisation; null on the total row' })
  organisation!: string | null;
  @ApiProperty({ type: 'string', nullable: true, example: 'partner_organisation', description: 'Its kind; null on the total row' })
  kind!: string | null;
  @ApiProperty({ example: 'Chab Dai Coalition' })
  label!: string;
  @ApiProperty({ type: CompensationYearDto, description: 'Figures of the year' })
  current!: CompensationYearDto;
  @ApiProperty({ type: CompensationYearDto, description: 'Figures of the year before' })
  previous!: CompensationYearDto;
  @ApiProperty({ type: CompensationChangeDto })
  change!: CompensationChangeDto;
}

export class CompensationTableDto extends ProtectionTableBaseDto {
  @ApiProperty({ enum: ['compensation'], example: 'compensation' })
  table!: string;
  @ApiProperty({ enum: COMPENSATION_FIGURES, isArray: true, description: 'The counts of every row, in column order' })
  figures!: string[];
  @ApiProperty({ type: [String], example: ['USD'], description: 'The currencies that occur in either year, by code' })
  currencies!: string[];
  @ApiProperty({ type: [CompensationRowDto], description: 'One row per supporting organisation with a figure in either year, then the total' })
  rows!: CompensationRowDto[];
}

export class IntegrationDurationsByMeasureDto {}
for (const measure of INTEGRATION_DURATION_MEASURES) ApiProperty({ type: DurationSummaryDto })(IntegrationDurationsByMeasureDto.prototype, measure);

export class DurationChangeDto {
  @ApiProperty({ type: FigureChangeDto })
  count!: FigureChangeDto;
  @ApiProperty({ type: 'integer', nullable: true, example: -3, description: 'Days; null when either year has no duration' })
  medianDays!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, example: 10, description: 'Days; null when either year has no duration' })
  p90Days!: number | null;
}

export class IntegrationDurationChangesDto {}
for (const measure of INTEGRATION_DURATION_MEASURES) ApiProperty({ type: DurationChangeDto })(IntegrationDurationChangesDto.prototype, measure);

export class IntegrationDurationsRowDto {
  @ApiProperty({ enum: ['province', 'total'], example: 'province' })
  level!: 'province' | 'total';
  @ApiProperty({ type: 'string', nullable: true, example: 'battambang', description: 'The integration\'s province; null on the total row' })
  province!: string | null;
  @ApiProperty({ example: 'Battambang' })
  label!: string;
  @ApiProperty({ type: IntegrationDurationsByMeasureDto, description: 'Integrations of the year' })
  current!: IntegrationDurationsByMeasureDto;
  @ApiProperty({ type: IntegrationDurationsByMeasureDto, description: 'Integrations of the year before' })
  previous!: IntegrationDurationsByMeasureDto;
  @ApiProperty({ type: IntegrationDurationChangesDto })
  change!: IntegrationDurationChangesDto;
}

export class IntegrationDurationsDto {
  @YearProperty()
  year!: number;
  @PreviousYearProperty()
  previousYear!: number;
  @ProvinceProperty('The province asked for, else null')
  province!: string | null;
  @ProvincesProperty()
  provinces!: string[] | null;
  @ApiProperty({ enum: INTEGRATION_DURATION_MEASURES, isArray: true, description: 'The durations measured' })
  measures!: string[];
  @ApiProperty({ type: [IntegrationDurationsRowDto], description: 'One row per province of the integration, then the total over the same durations pooled' })
  rows!: IntegrationDurationsRowDto[];
}
