import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { MAX_PAGE_SIZE, PageNumber, PageSize } from './page.query';

class ListQuery {
  @PageNumber()
  page = 1;

  @PageSize()
  pageSize = 50;
}

const problemsOf = (query: object) => validateSync(plainToInstance(ListQuery, query)).map((e) => e.property);

describe('PageNumber and PageSize', () => {
  it('default to the first page of 50, and read numbers from the query string', () => {
    expect(plainToInstance(ListQuery, {})).toEqual({ page: 1, pageSize: 50 });
    const query = plainToInstance(ListQuery, { page: '3', pageSize: String(MAX_PAGE_SIZE) });
    expect(query).toEqual({ page: 3, pageSize: MAX_PAGE_SIZE });
    expect(validateSync(query)).toEqual([]);
  });

  it('refuse a page below 1, a size outside 1 to the maximum, and what is not a whole number', () => {
    expect(problemsOf({ page: '0' })).toEqual(['page']);
    expect(problemsOf({ page: '1.5', pageSize: 'many' })).toEqual(['page', 'pageSize']);
    expect(problemsOf({ pageSize: '0' })).toEqual(['pageSize']);
    expect(problemsOf({ pageSize: String(MAX_PAGE_SIZE + 1) })).toEqual(['pageSize']);
  });
});
