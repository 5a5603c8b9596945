import { ApiProperty } from '@nestjs/swagger';
import {
  BODY_DIMENSIONS,
  BODY_FIGURES,
  POLICE_RECEPTION_DIMENSIONS,
  POLICE_RECEPTION_FIGURES,
  RECEPTION_DIMENSIONS,
  RECEPTION_FIGURES,
  REFERRAL_CHAIN_DIMENSIONS,
  REFERRAL_CHAIN_FIGURES,
  SCREENING_DIMENSIONS,
  SCREENING_FIGURES,
} from '@casetrail/statistics-domain';
import { FigureChangeDto, declareFigures, PreviousYearProperty, ProvinceProperty, ProvincesProperty, YearProperty } from '../http/statistics.dto';

/*
 * OpenAPI shapes of the intake tables (report II.D.1, the screening yield, the referral chain).
 * They describe what the domain builds (`IntakeTable`, `ScreeningYield`); per-figure properties
 * are declared from each table's figure list, so the documentation cannot fall behind the figures.
 */

abstract class IntakeAnswerBaseDto {
  @YearProperty()
  year!: number;

  @PreviousYearProperty()
  previousYear!: number;

  @ApiProperty({ type: 'integer', nullable: true, minimum: 1, maximum: 12, example: null, description: 'The month asked for (the previous year is then the same month a year before), else null' })
  month!: number | null;

  @ProvinceProperty('The province asked for, else null')
  province!: string | null;

  @ProvincesProperty()
  provinces!: string[] | null;
}

/** Declares the classes of one breakdown table (figures, changes, row) and returns its table class. */
function intakeTable(name: string, table: string, figures: readonly string[], dimensions: readonly string[], rowsDescription: string) {
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
    @ApiProperty({ type: Figures, description: 'Figures of the period' })
    current!: object;
    @ApiProperty({ type: Figures, description: 'Figures of the same period a year before' })
    previous!: object;
    @ApiProperty({ type: Changes })
    change!: object;
  }
  Object.defineProperty(Row, 'name', { value: `${name}RowDto` });

  class Table extends IntakeAnswerBaseDto {
    @ApiProperty({ enum: [table], example: table })
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

export const IntakeReceptionsTableDto = intakeTable(
  'IntakeReceptions',
  'receptions',
  RECEPTION_FIGURES,
  RECEPTION_DIMENSIONS,
  'Rows per place, who returned the people, kind of receiving unit, receiving unit, country returned from, reason, and the embassies\' destination × motive (`THA:illegal_work`; `none` elsewhere), then the total',
);
export const PoliceReceptionsTableDto = intakeTable('PoliceReceptions', 'police_receptions', POLICE_RECEPTION_FIGURES, POLICE_RECEPTION_DIMENSIONS, 'One row per province covered, then the total');
export const ScreeningsTableDto = intakeTable(
  'Screenings',
  'screenings',
  SCREENING_FIGURES,
  SCREENING_DIMENSIONS,
  'Rows per latest outcome, exploitation indicated, place and (referrals only) destination, then the total',
);
export const ReturnedBodiesTableDto = intakeTable('ReturnedBodies', 'bodies', BODY_FIGURES, BODY_DIMENSIONS, 'Rows per place, cause, who brought the body, receiving unit and country of death, then the total');
export const ReferralChainTableDto = intakeTable('ReferralChain', 'referral_chain', REFERRAL_CHAIN_FIGURES, REFERRAL_CHAIN_DIMENSIONS, 'Rows per place of the screening (`none`: rescued victims never screened), then the total');

export class ScreeningYieldFiguresDto {
  @ApiProperty({ type: 'integer', minimum: 0, example: 63_793, description: 'Persons received at the place' })
  returnees!: number;
  @ApiProperty({ type: 'integer', minimum: 0, example: 106, description: 'Persons screened there whose latest outcome is suspected_victim' })
  suspectedVictims!: number;
  @ApiProperty({ type: 'number', nullable: true, example: 1.66, description: 'suspectedVictims per 1,000 returnees, 2 decimals; null without returnees' })
  perThousand!: number | null;
}

export class ScreeningYieldChangeDto {
  @ApiProperty({ type: FigureChangeDto })
  returnees!: FigureChangeDto;
  @ApiProperty({ type: FigureChangeDto })
  suspectedVictims!: FigureChangeDto;
  @ApiProperty({ type: 'number', nullable: true, example: 0.4, description: 'Difference of the yields per 1,000; null when either has no returnees' })
  perThousand!: number | null;
}

export class ScreeningYieldRowDto {
  @ApiProperty({ enum: ['month', 'place', 'total'], example: 'month', description: 'One place and month; one place over the period; every place covered' })
  level!: 'month' | 'place' | 'total';
  @ApiProperty({ type: 'string', nullable: true, example: 'poipet', description: 'The intake place; null on the total row' })
  place!: string | null;
  @ApiProperty({ type: 'integer', nullable: true, example: 3, description: 'The month (1–12) of a month row; null otherwise' })
  month!: number | null;
  @ApiProperty({ example: 'Poipet International Checkpoint, 03' })
  label!: string;
  @ApiProperty({ type: ScreeningYieldFiguresDto, description: 'The period' })
  current!: ScreeningYieldFiguresDto;
  @ApiProperty({ type: ScreeningYieldFiguresDto, description: 'The same period a year before' })
  previous!: ScreeningYieldFiguresDto;
  @ApiProperty({ type: ScreeningYieldChangeDto })
  change!: ScreeningYieldChangeDto;
}

export class ScreeningYieldDto extends IntakeAnswerBaseDto {
  @ApiProperty({ enum: ['screening_yield'], example: 'screening_yield' })
  table!: string;
  @ApiProperty({ type: [ScreeningYieldRowDto], description: 'Per place with a returnee or a screening in either year, in reference order: its months, then the place; then the total' })
  rows!: ScreeningYieldRowDto[];
}
