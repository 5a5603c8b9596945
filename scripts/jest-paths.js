// Maps the tsconfig path aliases (@casetrail/*) to their index files for jest.
const path = require('node:path');
const base = require('../tsconfig.base.json');

exports.pathsToModuleNameMapper = () => {
  const mapper = {};
  for (const [alias, [target]] of Object.entries(base.compilerOptions.paths)) {
    mapper[`^${alias.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`] = path.join(__dirname, '..', target);
  }
  return mapper;
};
