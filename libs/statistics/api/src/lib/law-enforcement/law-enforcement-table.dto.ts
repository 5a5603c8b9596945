import { ApiProperty } from '@nestjs/swagger';
import { OFFENCE_CATEGORIES } from '@casetrail/kernel';
import { LAW_ENFORCEMENT_FIGURES } from '@casetrail/statistics-domain';

/*
 * OpenAPI shapes of the law-enforcement table. They describe `LawEnforcementTable` of the domain
 * (which is what is sent); the per-figure properties are declared from LAW_ENFORCEMENT_FIGURES so
 * the documentation cannot fall behind the list of figures.
 */

export class FigureChangeDto {
  @ApiProperty({ type: 'integer', example: -14, description: 'current - previous' })
  absolute!: number;
  @ApiProperty({ type: 'number', nullable: true, example: -8.28, description: 'Percent, 2 decimals; null when the previous figure is 0' })
  percent!: number | null;
}

export class LawEnforcementFiguresDto {}
export class LawEnforcementChangesDto {}
for (const figure of LAW_ENFORCEMENT_FIGURES) {
  ApiProperty({ type: 'integer', minimum: 0, example: 0 })(LawEnforcementFiguresDto.prototype, figure);
  ApiProperty({ type: FigureChangeDto })(LawEnforcementChangesDto.prototype, figure);
}

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
  @ApiProperty({ type: 'integer', example: 2020 })
  year!: number;
  @ApiProperty({ type: 'integer', example: 2019 })
  previousYear!: number;
  @ApiProperty({ type: 'string', nullable: true, example: 'battambang', description: 'The province asked for, else null' })
  province!: string | null;
  @ApiProperty({ type: 'string', nullable: true, example: null, description: 'The unit asked for, else null' })
  unitCode!: string | null;
  @ApiProperty({
    type: [String],
    nullable: true,
    example: ['battambang'],
    description: 'The provinces the figures cover; null for the whole country (a reader scoped to provinces sees only those)',
  })
  provinces!: string[] | null;
  @ApiProperty({ enum: LAW_ENFORCEMENT_FIGURES, isArray: true, description: 'The figures of every row, in column order' })
  figures!: string[];
  @ApiProperty({
    type: [LawEnforcementRowDto],
    description: 'Per category: one row per catalogue offence, then the category subtotal; last, the total',
  })
  rows!: LawEnforcementRowDto[];
}
