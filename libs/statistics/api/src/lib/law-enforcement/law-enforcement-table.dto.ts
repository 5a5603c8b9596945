import { ApiProperty } from '@nestjs/swagger';
import { OFFENCE_CATEGORIES } from '@casetrail/kernel';
import { LAW_ENFORCEMENT_FIGURES } from '@casetrail/statistics-domain';
import { declareFigures, PreviousYearProperty, ProvinceProperty, ProvincesProperty, YearProperty } from '../http/statistics.dto';

/*
 * OpenAPI shapes of the law-enforcement table. They describe `LawEnforcementTable` of the domain
 * (which is what is sent); the per-figure properties are declared from LAW_ENFORCEMENT_FIGURES so
 * the documentation cannot fall behind the list of figures.
 */

export class LawEnforcementFiguresDto {}
export class LawEnforcementChangesDto {}
declareFigures(LawEnforcementFiguresDto, LawEnforcementChangesDto, LAW_ENFORCEMENT_FIGURES);

const nationalityCounts = {
  type: 'object',
  additionalProperties: { type: 'integer' },
  example: { VNM: 2, CHN: 1 },
  description: 'Foreign arrested suspects per ISO 3166-1 alpha-3 nationality',
} as const;

export class ForeignNationalitiesDto {
  @ApiProperty(nationalityCounts)
  current!: Record<string, number>;
  @ApiProperty(nationalityCounts)
  previous!: Record<string, number>;
}

export class LawEnforcementRowDto {
  @ApiProperty({ enum: ['offence', 'category', 'total'], example: 'offence' })
  level!: 'offence' | 'category' | 'total';
  @ApiProperty({ type: 'string', nullable: true, example: 'procuring', description: 'Offence code on offence rows' })
  offence!: string | null;
  @ApiProperty({ enum: OFFENCE_CATEGORIES, nullable: true, example: 'sexual_exploitation', description: 'Null on the total row' })
  category!: string | null;
  @ApiProperty({ example: 'Procuring' })
  label!: string;
  @ApiProperty({ type: LawEnforcementFiguresDto, description: 'Figures of the year' })
  current!: LawEnforcementFiguresDto;
  @ApiProperty({ type: LawEnforcementFiguresDto, description: 'Figures of the year before' })
  previous!: LawEnforcementFiguresDto;
  @ApiProperty({ type: LawEnforcementChangesDto })
  change!: LawEnforcementChangesDto;
  @ApiProperty({ type: ForeignNationalitiesDto })
  foreignNationalities!: ForeignNationalitiesDto;
}

export class LawEnforcementTableDto {
  @YearProperty()
  year!: number;
  @PreviousYearProperty()
  previousYear!: number;
  @ProvinceProperty('The province asked for, else null')
  province!: string | null;
  @ApiProperty({ type: 'string', nullable: true, example: null, description: 'The unit asked for, else null' })
  unitCode!: string | null;
  @ProvincesProperty()
  provinces!: string[] | null;
  @ApiProperty({ enum: LAW_ENFORCEMENT_FIGURES, isArray: true, description: 'The figures of every row, in column order' })
  figures!: string[];
  @ApiProperty({
    type: [LawEnforcementRowDto],
    description: 'Per category: one row per catalogue offence, then the category subtotal; last, the total',
  })
  rows!: LawEnforcementRowDto[];
}
