import { ApiProperty } from '@nestjs/swagger';

/*
 * OpenAPI pieces every statistics answer shares: the change of a figure, the per-figure properties
 * declared from a table's list of figures (so the documentation cannot fall behind the figures),
 * and the year and scope properties.
 */

export class FigureChangeDto {
  @ApiProperty({ type: 'integer', example: -14, description: 'current - previous' })
  absolute!: number;
  @ApiProperty({ type: 'number', nullable: true, example: -8.28, description: 'Percent, 2 decimals; null when the previous figure is 0' })
  percent!: number | null;
}

/** Declares one count per figure on `figuresDto` and one change per figure on `changesDto`, in column order. */
export function declareFigures(figuresDto: abstract new () => object, changesDto: abstract new () => object, figures: readonly string[]): void {
  for (const figure of figures) {
    ApiProperty({ type: 'integer', minimum: 0, example: 0 })(figuresDto.prototype, figure);
    ApiProperty({ type: FigureChangeDto })(changesDto.prototype, figure);
  }
}

/** `year`: the year asked for. */
export const YearProperty = () => ApiProperty({ type: 'integer', example: 2020 });

/** `previousYear`: the year a table compares with. */
export const PreviousYearProperty = () => ApiProperty({ type: 'integer', example: 2019 });

/** `province`: the province asked for, else null. */
export const ProvinceProperty = (description: string) => ApiProperty({ type: 'string', nullable: true, example: 'battambang', description });

/** `provinces`: what the figures cover, for the reader's scope. */
export const ProvincesProperty = () =>
  ApiProperty({
    type: [String],
    nullable: true,
    example: ['battambang'],
    description: 'The provinces the figures cover; null for the whole country (a reader scoped to provinces sees only those)',
  });
