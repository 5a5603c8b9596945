import { FormatParameter, ProvinceParameter, YearParameter, type StatisticsFormat } from '../http/statistics-query';

/** `GET /api/statistics/protection/integration-durations` query. Unknown parameters are refused (400). */
export class ProtectionStatisticsYearQueryDto {
  @YearParameter('The year')
  year!: number;

  @ProvinceParameter('Only figures counted in this province (the case\'s province at each event)')
  province?: string;
}

/** `GET /api/statistics/protection/{received|shelter-admissions|compensation|integrations|follow-ups}` query. */
export class ProtectionTableQueryDto extends ProtectionStatisticsYearQueryDto {
  @FormatParameter()
  format?: StatisticsFormat;
}
