module.exports = { ...require('../../jest.preset.js'), displayName: 'gpu', rootDir: __dirname };
