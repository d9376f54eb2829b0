module.exports = { ...require('../../jest.preset.js'), displayName: 'netcoords', rootDir: __dirname };
