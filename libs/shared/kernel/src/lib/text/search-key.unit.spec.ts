import { searchKeyOf } from './search-key';

describe('searchKeyOf', () => {
  it('folds case and composes, so the same reference typed differently compares as one', () => {
    expect(searchKeyOf('BTB-2020/031')).toBe('btb-2020/031');
    expect(searchKeyOf('Btb-2020/031')).toBe(searchKeyOf('bTB-2020/031'));
    expect(searchKeyOf('Nguyễn'.normalize('NFD'))).toBe('nguyễn'.normalize('NFC'));
  });

  it('leaves Khmer (no case) unchanged', () => {
    expect(searchKeyOf('បប-២០២០')).toBe('បប-២០២០');
  });
});
