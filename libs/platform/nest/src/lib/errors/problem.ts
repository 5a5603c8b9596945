import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldProblem {
  @ApiProperty({ example: 'sex' })
  field!: string;
  @ApiProperty({ example: 'sex must be one of the following values: F, M' })
  message!: string;
}

/**
 * RFC 9457 problem details: the one error shape of every casetrail API. No member repeats what
 * the client sent (a field is named, its value never is), so there is no `instance` either.
 */
export class Problem {
  @ApiProperty({ example: 'https://casetrail.dev/problems/rule-violation' })
  type!: string;
  @ApiProperty({ example: 'Conflict' })
  title!: string;
  @ApiProperty({ example: 409 })
  status!: number;
  @ApiPropertyOptional({ example: 'Suspect s-1 has not been identified in this case' })
  detail?: string;
  @ApiPropertyOptional({ example: 'SUSPECT_NOT_IDENTIFIED' })
  code?: string;
  @ApiPropertyOptional({ type: [FieldProblem] })
  errors?: FieldProblem[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
