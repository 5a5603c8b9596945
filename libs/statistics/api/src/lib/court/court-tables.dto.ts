import { ApiProperty } from '@nestjs/swagger';
import { OFFENCE_CATEGORIES } from '@casetrail/kernel';
import { COURT_TABLES, INVESTIGATING_JUDGES_FIGURES, PROSECUTION_FIGURES, TRIAL_FIGURES } from '@casetrail/statistics-domain';
import { declareFigures, PreviousYearProperty, ProvinceProperty, ProvincesProperty, YearProperty } from '../http/statistics.dto';

/*
 * OpenAPI shapes of the three court tables. They describe `CourtTable` of the domain (which is
 * what is sent); the per-figure properties are declared from each table's figure list, so the
 * documentation cannot fall behind the figures.
 */

abstract class CourtTableRowBaseDto {
  @ApiProperty({ enum: ['category', 'total'], example: 'category' })
  level!: 'category' | 'total';

  @ApiProperty({ enum: OFFENCE_CATEGORIES, nullable: true, example: 'sexual_exploitation', description: 'Category of the files\' principal offence; null on the total row' })
  category!: string | null;

  @ApiProperty({ example: 'Sexual exploitation' })
  label!: string;
}

abstract class CourtTableBaseDto {
  @ApiProperty({ enum: COURT_TABLES, example: 'prosecution' })
  table!: string;

  @YearProperty()
  year!: number;

  @PreviousYearProperty()
  previousYear!: number;

  @ProvinceProperty('The province asked for (its court\'s files), else null')
  province!: string | null;

  @ProvincesProperty()
  provinces!: string[] | null;
}

export class ProsecutionFiguresDto {}
export class ProsecutionChangesDto {}
declareFigures(ProsecutionFiguresDto, ProsecutionChangesDto, PROSECUTION_FIGURES);

export class ProsecutionRowDto extends CourtTableRowBaseDto {
  @ApiProperty({ type: ProsecutionFiguresDto, description: 'Figures of the year' })
  current!: ProsecutionFiguresDto;
  @ApiProperty({ type: ProsecutionFiguresDto, description: 'Figures of the year before' })
  previous!: ProsecutionFiguresDto;
  @ApiProperty({ type: ProsecutionChangesDto })
  change!: ProsecutionChangesDto;
}

export class ProsecutionTableDto extends CourtTableBaseDto {
  @ApiProperty({ enum: PROSECUTION_FIGURES, isArray: true, description: 'The figures of every row, in column order' })
  figures!: string[];
  @ApiProperty({ type: [ProsecutionRowDto], description: 'One row per offence category, then the total' })
  rows!: ProsecutionRowDto[];
}

export class InvestigatingJudgesFiguresDto {}
export class InvestigatingJudgesChangesDto {}
declareFigures(InvestigatingJudgesFiguresDto, InvestigatingJudgesChangesDto, INVESTIGATING_JUDGES_FIGURES);

export class InvestigatingJudgesRowDto extends CourtTableRowBaseDto {
  @ApiProperty({ type: InvestigatingJudgesFiguresDto, description: 'Figures of the year' })
  current!: InvestigatingJudgesFiguresDto;
  @ApiProperty({ type: InvestigatingJudgesFiguresDto, description: 'Figures of the year before' })
  previous!: InvestigatingJudgesFiguresDto;
  @ApiProperty({ type: InvestigatingJudgesChangesDto })
  change!: InvestigatingJudgesChangesDto;
}

export class InvestigatingJudgesTableDto extends CourtTableBaseDto {
  @ApiProperty({ enum: INVESTIGATING_JUDGES_FIGURES, isArray: true, description: 'The figures of every row, in column order' })
  figures!: string[];
  @ApiProperty({ type: [InvestigatingJudgesRowDto], description: 'One row per offence category, then the total' })
  rows!: InvestigatingJudgesRowDto[];
}

export class TrialFiguresDto {}
export class TrialChangesDto {}
declareFigures(TrialFiguresDto, TrialChangesDto, TRIAL_FIGURES);

export class TrialRowDto extends CourtTableRowBaseDto {
  @ApiProperty({ type: TrialFiguresDto, description: 'Figures of the year' })
  current!: TrialFiguresDto;
  @ApiProperty({ type: TrialFiguresDto, description: 'Figures of the year before' })
  previous!: TrialFiguresDto;
  @ApiProperty({ type: TrialChangesDto })
  change!: TrialChangesDto;
}

export class TrialTableDto extends CourtTableBaseDto {
  @ApiProperty({ enum: TRIAL_FIGURES, isArray: true, description: 'The figures of every row, in column order' })
  figures!: string[];
  @ApiProperty({ type: [TrialRowDto], description: 'One row per offence category, then the total' })
  rows!: TrialRowDto[];
}
