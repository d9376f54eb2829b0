// dist/ holds `npm run pack:client` output (a second package.json named @cellmesh/client): not a module to map.
module.exports = { ...require('../../jest.preset.js'), displayName: 'client', rootDir: __dirname, modulePathIgnorePatterns: ['<rootDir>/dist/'] };
