import { closestCode, problemWithClaims, type TokenClaimsAsked } from './token-claims';

const asked = (change: Partial<TokenClaimsAsked>): TokenClaimsAsked => ({
  role: 'police',
  provinces: ['battambang'],
  unit: 'police-battambang',
  user: 'local-user',
  ...change,
});

describe('npm run token: the claims asked for, against the reference lists', () => {
  it.each<[string, Partial<TokenClaimsAsked>]>([
    ['a provincial police officer', {}],
    ['a gendarme of the province', { unit: 'gendarmerie-battambang' }],
    ['a national police unit', { provinces: ['*'], unit: 'ahtjp-national' }],
    ['a national unit in a province scope', { unit: 'anti-cyber-crime-national' }],
    ['a provincial unit for a national user', { provinces: ['*'] }],
    ['a national statistician', { role: 'statistician', provinces: ['*'], unit: undefined }],
    ['a prosecutor of two provinces', { role: 'prosecutor', provinces: ['kandal', 'takeo'], unit: undefined }],
    ['a prosecutor of the court of the province', { role: 'prosecutor', provinces: ['kandal'], unit: 'court-kandal' }],
    ['a judge of the court of the province', { role: 'judge', provinces: ['kandal'], unit: 'court-kandal' }],
    ['a partner worker of an organisation', { role: 'partner_worker', provinces: ['*'], unit: 'ngo-cwcc' }],
    ['a social worker of the department of the province', { role: 'social_worker', provinces: ['battambang'], unit: 'dosvy-battambang' }],
    ['a social worker without a unit', { role: 'social_worker', provinces: ['battambang'], unit: undefined }],
    ['a border official of the border liaison office', { role: 'border_official', provinces: ['banteay-meanchey'], unit: 'border-liaison-office' }],
    ['a border official of a police commissariat', { role: 'border_official', provinces: ['battambang'], unit: 'police-commissariat-battambang' }],
    ['a border official of the foreign ministry, national', { role: 'border_official', provinces: ['*'], unit: 'mofaic' }],
    ['a border official without a unit', { role: 'border_official', provinces: ['koh-kong'], unit: undefined }],
  ])('accepts %s', (_, change) => {
    expect(problemWithClaims(asked(change))).toBeNull();
  });

  it.each<[string, Partial<TokenClaimsAsked>, RegExp]>([
    ['a province by its name (the old README example)', { provinces: ['Battambang'] }, /^Unknown province "Battambang": did you mean "battambang"\?$/],
    ['a province by its ISO code', { provinces: ['KH-12'] }, /did you mean "phnom-penh"\?/],
    ['a misspelt province', { provinces: ['battambong'] }, /did you mean "battambang"\?/],
    ['a province with spaces', { provinces: ['Preah Sihanouk'] }, /did you mean "preah-sihanouk"\?/],
    ['nothing like a province', { provinces: ['atlantis'] }, /Unknown province "atlantis": use a province code \(phnom-penh, .*tboung-khmum\) or "\*"/],
    ['"*" with provinces', { provinces: ['*', 'kandal'] }, /"\*" .* stands alone/],
    ['an unknown unit (the old README example)', { unit: 'BTB-PPC' }, /^Unknown police unit "BTB-PPC": units for battambang: police-battambang, gendarmerie-battambang, ahtjp-national/],
    ['a misspelt unit', { unit: 'police-batambang' }, /did you mean "police-battambang"\?/],
    ["a unit of another province than the token's", { provinces: ['kandal'] }, /Unit police-battambang works in battambang, which is not among --province kandal/],
    ['a police token without a unit', { unit: undefined }, /A police token needs --unit .* e\.g\. police-battambang, gendarmerie-battambang/],
    ['a partner worker without an organisation (they would reach nothing)', { role: 'partner_worker', provinces: ['*'], unit: undefined }, /A partner_worker token needs --unit \(the organisation .*\), e\.g\. .*ngo-cwcc/],
    ['a unit for a role that has none', { role: 'auditor', unit: 'court-kandal' }, /Role auditor has no units casetrail knows; leave out --unit/],
    ['a police unit for a judge', { role: 'judge', provinces: ['battambang'], unit: 'police-battambang' }, /Unknown judge unit "police-battambang"/],
    ["a court of another province than the judge's", { role: 'judge', provinces: ['kandal'], unit: 'court-battambang' }, /Unit court-battambang works in battambang, which is not among --province kandal/],
    ["an intake unit of another province than the border official's", { role: 'border_official', provinces: ['kandal'], unit: 'border-liaison-office' }, /Unit border-liaison-office works in banteay-meanchey, which is not among --province kandal/],
    ['a police unit for a border official', { role: 'border_official', provinces: ['battambang'], unit: 'police-battambang' }, /Unknown border_official unit "police-battambang"/],
    ['a user id with a control character', { user: 'local\u0007user' }, /--user must be a user id/],
  ])('refuses %s, naming the value and the closest code', (_, change, problem) => {
    expect(problemWithClaims(asked(change))).toMatch(problem);
  });

  it('suggests nothing for a value far from every code', () => {
    expect(closestCode('zzzzzz', [{ code: 'kandal', aliases: [] }])).toBeUndefined();
    expect(closestCode('', [{ code: 'kandal', aliases: [] }])).toBeUndefined();
  });
});
